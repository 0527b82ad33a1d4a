package io.modelgate.cli.reproducibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.cli.CommandRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintCommandTest {
    @TempDir
    Path folder;

    @Test
    void shouldRecordTheLineageAsEvidence() throws IOException {
        Files.writeString(folder.resolve("train.csv"), "a\n1\n");

        CommandRun run = fingerprint("first");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper()
                .readTree(folder.resolve("first/fingerprint.json").toFile());
        assertThat(json.path("kind").asText()).isEqualTo("fingerprint");
        assertThat(json.path("lineage").path("inputs").get(0).path("sha256").asText())
                .hasSize(64);
        assertThat(json.path("lineage").path("seeds").get(0).asText()).isEqualTo("42");
        assertThat(json.path("inputs").get(0).path("role").asText()).isEqualTo("data");
    }

    @Test
    void shouldExitThreeWhenNothingChangedSinceThePreviousFingerprint() throws IOException {
        Files.writeString(folder.resolve("train.csv"), "a\n1\n");
        fingerprint("first");

        CommandRun run = fingerprint("second", "--compare", folder.resolve("first/fingerprint.json"), "--exit-code");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("inputs unchanged since ");
    }

    @Test
    void shouldListWhatChangedAndExitZero() throws IOException {
        Files.writeString(folder.resolve("train.csv"), "a\n1\n");
        fingerprint("first");
        Files.writeString(folder.resolve("train.csv"), "a\n2\n");

        CommandRun run = fingerprint("second", "--compare", folder.resolve("first/fingerprint.json"), "--exit-code");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("changed since the previous fingerprint: changed data train.csv");
    }

    @Test
    void shouldRefuseEvidenceOfAnotherKindAndMissingInputs() throws IOException {
        Files.writeString(folder.resolve("train.csv"), "a\n1\n");
        Path other = folder.resolve("other.json");
        Files.writeString(other, "{\"kind\":\"validation\"}");

        CommandRun foreign = fingerprint("x", "--compare", other);
        CommandRun missing = CommandRun.of("fingerprint", "--workdir", folder, "--inputs", "absent.csv");

        assertThat(foreign.exitCode()).isEqualTo(2);
        assertThat(foreign.err()).contains("not fingerprint evidence (kind 'validation')");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("absent.csv");
    }

    private CommandRun fingerprint(final String evidence, final Object... more) {
        Object[] base = {
            "fingerprint",
            "--workdir",
            folder,
            "--inputs",
            "train.csv",
            "--seed",
            "42",
            "--command",
            "train",
            "--evidence",
            folder.resolve(evidence),
            "-q"
        };
        Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CommandRun.of(all);
    }
}
