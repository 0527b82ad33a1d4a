package io.modelgate.cli.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.cli.CommandRun;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    private static final Path MODEL =
            Path.of("../modelgate-core/src/test/resources/fixtures/scoring/SklearnEquivalenceTest/CreditLogistic.pmml");

    @TempDir
    Path folder;

    @Test
    void shouldRefuseAModelItCannotServe() throws Exception {
        Path broken = folder.resolve("broken.pmml");
        Files.writeString(broken, "<PMML><DataDictionary>");

        CommandRun run = CommandRun.of("serve", "--model", broken, "--port", 0, "--warm-up", 0);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("broken.pmml");
    }

    @Test
    void shouldSayWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandRun run = CommandRun.of("serve", "--model", MODEL, "--port", taken.getLocalPort());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("Cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void shouldRefuseBadLimitsAndNames() {
        CommandRun batch = CommandRun.of("serve", "--model", MODEL, "--max-batch", 0);
        CommandRun name = CommandRun.of("serve", "--model", MODEL, "--port", 0, "--name", "no spaces", "--warm-up", 0);
        CommandRun token =
                CommandRun.of("serve", "--model", MODEL, "--admin-token-file", folder.resolve("missing-token"));

        assertThat(batch.exitCode()).isEqualTo(2);
        assertThat(batch.err()).contains("must be positive");
        assertThat(name.exitCode()).isEqualTo(2);
        assertThat(name.err()).contains("The model name 'no spaces'");
        assertThat(token.exitCode()).isEqualTo(2);
        assertThat(token.err()).contains("missing-token");
    }

    @Test
    void shouldNeedThePublicKeyForABundleAndRefuseATamperedOneNamingTheEntry() throws Exception {
        Path keys = folder.resolve("keys");
        CommandRun.of("keygen", "--out", keys);
        Path bundle = folder.resolve("credit.zip");
        CommandRun packaged = CommandRun.of(
                "package",
                "--model",
                MODEL,
                "--output",
                bundle,
                "--private-key",
                keys.resolve("modelgate.key"),
                "--name",
                "credit",
                "--evidence",
                folder.resolve("evidence"));
        Path tampered = folder.resolve("tampered.zip");
        byte[] bytes = Files.readAllBytes(bundle);
        Files.write(tampered, bytes);
        try (FileSystem zip = FileSystems.newFileSystem(tampered)) {
            Path model = zip.getPath("model.pmml");
            Files.writeString(model, Files.readString(model) + " ");
        }

        CommandRun unkeyed = CommandRun.of("serve", "--model", bundle, "--port", 0, "--warm-up", 0);
        CommandRun pmmlKeyed = CommandRun.of(
                "serve", "--model", MODEL, "--public-key", keys.resolve("modelgate.pub"), "--port", 0, "--warm-up", 0);
        CommandRun refused = CommandRun.of(
                "serve",
                "--model",
                tampered,
                "--public-key",
                keys.resolve("modelgate.pub"),
                "--port",
                0,
                "--warm-up",
                0);

        assertThat(packaged.exitCode()).as(packaged.out() + packaged.err()).isZero();
        assertThat(unkeyed.exitCode()).isEqualTo(2);
        assertThat(unkeyed.err()).contains("credit.zip is a bundle: give the public key it must be signed with");
        assertThat(pmmlKeyed.exitCode()).isEqualTo(2);
        assertThat(pmmlKeyed.err()).contains("--public-key verifies a bundle (.zip)");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("tampered.zip", "model.pmml");
    }
}
