package io.modelgate.cli.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.cli.CommandRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftCommandTest {
    private static final Path SAMPLE = Path.of("../samples/credit-risk");
    private static final Path TRAIN = SAMPLE.resolve("data/train.csv");

    @TempDir
    Path folder;

    @Test
    void shouldFindTheColumnsThatDriftedInNovemberOnly() {
        CommandRun october = CommandRun.of(
                "drift",
                "--reference",
                TRAIN,
                "--current",
                SAMPLE.resolve("data/2026-10.csv"),
                "--schema",
                SAMPLE.resolve("schema.yaml"),
                "--evidence",
                folder);
        CommandRun november = CommandRun.of(
                "drift",
                "--reference",
                TRAIN,
                "--current",
                SAMPLE.resolve("data/2026-11.csv"),
                "--schema",
                SAMPLE.resolve("schema.yaml"),
                "--evidence",
                folder);

        assertThat(october.exitCode()).as(october.out()).isZero();
        assertThat(november.exitCode()).isEqualTo(1);
        assertThat(november.out())
                .contains("[drift:income] FAILED", "[drift:region] FAILED", "[drift:num_late_payments] FAILED")
                .doesNotContain("[drift:age]", "[drift:product]");
        assertThat(folder.resolve("drift.json")).content().contains("\"kind\" : \"drift\"");
    }

    @Test
    void shouldSniffTypesWithoutASchemaAndLeaveIdsAndDatesOut() {
        CommandRun run = CommandRun.of(
                "drift", "--reference", TRAIN, "--current", SAMPLE.resolve("data/2026-10.csv"), "--evidence", folder);

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(folder.resolve("drift.json"))
                .content()
                .contains("\"column\" : \"income\"")
                .doesNotContain("\"column\" : \"application_date\"");
    }

    @Test
    void shouldNameTheReferenceThatLacksAColumn() throws IOException {
        Path reference = folder.resolve("reference.csv");
        Files.writeString(reference, "age,income\n30,1000\n40,2000\n");

        CommandRun run = CommandRun.of(
                "validate",
                "--data",
                SAMPLE.resolve("data/2026-10.csv"),
                "--schema",
                SAMPLE.resolve("schema.yaml"),
                "--reference",
                reference,
                "--evidence",
                folder);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(reference + ":1: column(s) debt_ratio, employment_years");
    }

    @Test
    void shouldRejectAnUnknownCorrection() {
        CommandRun run = CommandRun.of("drift", "--reference", TRAIN, "--current", TRAIN, "--correction", "holm");

        assertThat(run.exitCode()).isEqualTo(2);
    }
}
