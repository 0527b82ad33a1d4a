package io.modelgate.cli.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.cli.CommandRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageCommandTest {
    private static final Path SKLEARN =
            Path.of("../modelgate-core/src/test/resources/fixtures/scoring/SklearnEquivalenceTest");

    @TempDir
    Path folder;

    private Path keys;

    @BeforeEach
    void generateKeys() {
        keys = folder.resolve("keys");
        assertThat(CommandRun.of("keygen", "--out", keys).exitCode()).isZero();
    }

    @Test
    void shouldPackageVerifyAndRecordTheBundleDigest() throws IOException {
        Path bundle = folder.resolve("credit-risk-3.zip");

        CommandRun packaged = pack("CreditForest.pmml", bundle, "--champion", SKLEARN.resolve("CreditTree.pmml"));
        CommandRun verified = CommandRun.of("verify", bundle, "--public-key", keys.resolve("modelgate.pub"));

        assertThat(packaged.exitCode()).as(packaged.out() + packaged.err()).isZero();
        assertThat(verified.exitCode()).isZero();
        assertThat(verified.out()).contains("[verify] PASSED", "credit-risk 3");
        JsonNode evidence = new ObjectMapper()
                .readTree(folder.resolve("evidence/bundle.json").toFile());
        assertThat(evidence.path("kind").asText()).isEqualTo("bundle");
        assertThat(evidence.path("bundle").path("sha256").asText()).hasSize(64);
        assertThat(evidence.path("inputs").get(0).path("role").asText()).isEqualTo("model");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(keys.resolve("modelgate.key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void shouldWriteNoBundleForABreakingChange() {
        Path bundle = folder.resolve("b.zip");

        CommandRun run = pack("CreditXgboost.pmml", bundle, "--champion", SKLEARN.resolve("CreditForest.pmml"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("[compatibility:input:region] FAILED");
        assertThat(bundle).doesNotExist();
    }

    @Test
    void shouldFailVerificationWithAnotherKeyAndNameTheProblem() {
        Path bundle = folder.resolve("b.zip");
        pack("CreditForest.pmml", bundle);
        CommandRun.of("keygen", "--out", folder.resolve("other"));

        CommandRun run = CommandRun.of("verify", bundle, "--public-key", folder.resolve("other/modelgate.pub"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("[verify] FAILED", "signature.json names key");
    }

    @Test
    void shouldRefuseToOverwriteKeys() {
        CommandRun again = CommandRun.of("keygen", "--out", keys);

        assertThat(again.exitCode()).isEqualTo(2);
    }

    private CommandRun pack(final String model, final Path bundle, final Object... more) {
        Object[] base = {
            "package",
            "--model",
            SKLEARN.resolve(model),
            "--output",
            bundle,
            "--private-key",
            keys.resolve("modelgate.key"),
            "--name",
            "credit-risk",
            "--model-version",
            "3",
            "--created",
            "2026-11-28T00:00:00Z",
            "--evidence",
            folder.resolve("evidence")
        };
        Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CommandRun.of(all);
    }
}
