package io.modelgate.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.data.DataFormatException;
import io.modelgate.data.ReadProgress;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetValidationTest {
    private static final Path SAMPLE = Path.of("../samples/credit-risk");
    private static final Path SCHEMA = SAMPLE.resolve("schema.yaml");

    @TempDir
    Path folder;

    @Test
    void shouldValidateAndCheckDriftInOneEvidenceReportingEveryRead() throws IOException {
        List<String> reads = new ArrayList<>();

        Evidence evidence = new DatasetValidation(SAMPLE.resolve("data/2026-10.csv"), SCHEMA)
                .withReference(SAMPLE.resolve("data/train.csv"))
                .withProgress((label, file) -> {
                    reads.add(label);
                    return ReadProgress.NONE.start(label, file);
                })
                .run();

        assertThat(evidence.kind()).isEqualTo("validation");
        assertThat(evidence.inputs()).extracting(Input::role).containsExactly("data", "schema", "reference");
        assertThat(evidence.inputs().get(2).rows()).isEqualTo(5000);
        assertThat(evidence.sections()).containsKeys("columns", "drift");
        assertThat(evidence.status().isSuccessful()).isTrue();
        assertThat(reads).containsExactly("profile train.csv", "validate 2026-10.csv");
    }

    @Test
    void shouldFailBadDataWithoutAReference() throws IOException {
        Evidence evidence = new DatasetValidation(SAMPLE.resolve("data/2026-11.csv"), SCHEMA).run();

        assertThat(evidence.status()).isEqualTo(GateStatus.FAILED);
        assertThat(evidence.sections()).doesNotContainKey("drift");
        assertThat(evidence.problems())
                .anySatisfy(check -> assertThat(check.name()).isEqualTo("range:age"));
    }

    @Test
    void shouldNameFileLineAndColumnOfMalformedData() throws IOException {
        Path data = folder.resolve("broken.csv");
        String header = Files.readAllLines(SAMPLE.resolve("data/2026-10.csv")).get(0);
        Files.writeString(data, header + "\n1,\"34\n");

        assertThatThrownBy(() -> new DatasetValidation(data, SCHEMA).run())
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining(data + ":2:3");
    }
}
