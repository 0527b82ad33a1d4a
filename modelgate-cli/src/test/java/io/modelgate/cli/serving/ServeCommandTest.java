package io.modelgate.cli.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.cli.CommandRun;
import java.net.InetAddress;
import java.net.ServerSocket;
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
}
