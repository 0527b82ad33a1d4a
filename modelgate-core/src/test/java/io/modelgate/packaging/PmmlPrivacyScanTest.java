package io.modelgate.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PmmlPrivacyScanTest {
    private static final Path SKLEARN = Path.of("src/test/resources/fixtures/scoring/SklearnEquivalenceTest");

    @TempDir
    Path folder;

    @Test
    void shouldFindNoPersonalDataInRealModels() throws IOException {
        try (Stream<Path> models = Files.list(SKLEARN)) {
            for (Path model :
                    models.filter(path -> path.toString().endsWith(".pmml")).toList()) {
                assertThat(PmmlPrivacyScan.scan(model).status())
                        .as(model.toString())
                        .isEqualTo(GateStatus.PASSED);
            }
        }
    }

    @Test
    void shouldFailAModelThatEmbedsAnEmailAndACardNumberAndMaskThem() throws IOException {
        String pmml = Files.readString(SKLEARN.resolve("CreditTree.pmml"))
                .replaceFirst("<Value value=\"north\"/>", "<Value value=\"jane.doe@example.com\"/>")
                .replaceFirst(
                        "</Header>", "<Annotation>card 4111 1111 1111 1111 and 4111111111111111</Annotation></Header>");
        Path model = folder.resolve("leaky.pmml");
        Files.writeString(model, pmml);

        Check check = PmmlPrivacyScan.scan(model);

        assertThat(check.status()).isEqualTo(GateStatus.FAILED);
        assertThat(check.message())
                .contains("at /PMML/Header/Annotation/text()", "at /PMML/DataDictionary/DataField/Value/@value")
                .doesNotContain("jane.doe@example.com", "4111111111111111");
    }
}
