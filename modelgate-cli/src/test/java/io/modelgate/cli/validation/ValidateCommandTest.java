package io.modelgate.cli.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.cli.CommandRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final Path SAMPLE = Path.of("../samples/credit-risk");
    private static final Path SCHEMA = SAMPLE.resolve("schema.yaml");

    @TempDir
    Path folder;

    @Test
    void shouldPassGoodDataAndWriteEvidence() {
        Path evidence = folder.resolve("evidence");

        CommandRun run = CommandRun.of(
                "validate", "--data", SAMPLE.resolve("data/2026-10.csv"), "--schema", SCHEMA, "--evidence", evidence);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("[validation] PASSED");
        assertThat(evidence.resolve("validation.json")).exists().content().contains("\"kind\" : \"validation\"");
    }

    @Test
    void shouldFailBadDataWithOneLinePerProblem() {
        CommandRun run = CommandRun.of(
                "validate", "--data", SAMPLE.resolve("data/2026-11.csv"), "--schema", SCHEMA, "--evidence", folder);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("[range:age] FAILED - Column 'age': expected all values lie in [18, 100]")
                .contains("[validation] FAILED");
    }

    @Test
    void shouldExitTwoNamingFileLineAndColumnOfMalformedDataAndWriteNothing() throws IOException {
        Path data = folder.resolve("broken.csv");
        String header = Files.readAllLines(SAMPLE.resolve("data/2026-10.csv")).get(0);
        Files.writeString(data, header + "\n1,\"34\n");
        Path evidence = folder.resolve("evidence");

        CommandRun run = CommandRun.of("validate", "--data", data, "--schema", SCHEMA, "--evidence", evidence);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(data + ":2:3: the quoted field that starts here is never closed");
        assertThat(evidence).doesNotExist();
    }

    @Test
    void shouldExitTwoForASchemaWithAnUnknownKey() throws IOException {
        Path schema = folder.resolve("schema.yaml");
        Files.writeString(schema, "columns:\n  age: {type: integer, maximum: 3}\n");

        CommandRun run = CommandRun.of("validate", "--data", SAMPLE.resolve("data/2026-10.csv"), "--schema", schema);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(schema + ":2:").contains("unknown key 'maximum'");
    }

    @Test
    void shouldExitTwoForAMissingFileOrFlag() {
        CommandRun missingFile = CommandRun.of("validate", "--data", folder.resolve("nope.csv"), "--schema", SCHEMA);
        CommandRun missingFlag = CommandRun.of("validate", "--schema", SCHEMA);

        assertThat(missingFile.exitCode()).isEqualTo(2);
        assertThat(missingFile.err()).contains("nope.csv: no such file");
        assertThat(missingFlag.exitCode()).isEqualTo(2);
        assertThat(missingFlag.err()).contains("Missing required option: '--data=FILE'");
        CommandRun badDelimiter = CommandRun.of(
                "validate", "--data", SAMPLE.resolve("data/2026-10.csv"), "--schema", SCHEMA, "--delimiter", "ab");
        assertThat(badDelimiter.exitCode()).isEqualTo(2);
        assertThat(badDelimiter.err()).contains("--delimiter: The delimiter must be one character");
    }

    @Test
    void shouldInferASchemaThatItsDataPassesOnceTheLegalBasisIsSet() throws IOException {
        Path inferred = folder.resolve("inferred.yaml");
        Path data = SAMPLE.resolve("data/train.csv");

        CommandRun infer = CommandRun.of("validate", "--data", data, "--infer-schema", inferred);
        CommandRun unlawful = CommandRun.of("validate", "--data", data, "--schema", inferred, "--evidence", folder);
        Files.writeString(inferred, Files.readString(inferred).replace("basis: \"\"", "basis: contract"));
        CommandRun lawful = CommandRun.of("validate", "--data", data, "--schema", inferred, "--evidence", folder);

        assertThat(infer.exitCode()).isZero();
        assertThat(inferred)
                .content()
                .contains("\"customer_id\": {type: integer")
                .contains("unique: true");
        assertThat(unlawful.exitCode()).isEqualTo(1);
        assertThat(unlawful.out()).contains("[pii:email] FAILED").contains("1 failed");
        assertThat(lawful.exitCode()).as(lawful.out()).isZero();
    }

    @Test
    void shouldFailOnWarningsOnlyWhenAsked() throws IOException {
        Path schema = folder.resolve("schema.yaml");
        Files.writeString(
                schema,
                "columns:\n  age: {type: integer, max: 30, severity: warning}\n"
                        + "  email: {type: string, pii: {kind: email, basis: contract}}\n"
                        + "dataset: {unexpectedColumns: ignore}\n");
        Path data = SAMPLE.resolve("data/2026-10.csv");

        assertThat(CommandRun.of("validate", "--data", data, "--schema", schema, "--evidence", folder)
                        .exitCode())
                .isZero();
        assertThat(CommandRun.of(
                                "validate",
                                "--data",
                                data,
                                "--schema",
                                schema,
                                "--evidence",
                                folder,
                                "--fail-on-warning")
                        .exitCode())
                .isEqualTo(1);
    }
}
