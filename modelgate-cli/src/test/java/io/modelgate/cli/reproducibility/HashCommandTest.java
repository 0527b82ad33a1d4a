package io.modelgate.cli.reproducibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.cli.CommandRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashCommandTest {
    private static final Path LOGISTIC =
            Path.of("../modelgate-core/src/test/resources/fixtures/scoring/SklearnEquivalenceTest/CreditLogistic.pmml");

    @TempDir
    Path folder;

    @Test
    void shouldPrintTheSameHashForAModelThatDiffersOnlyInItsTimestamp() throws IOException {
        Path copy = folder.resolve("copy.pmml");
        Files.writeString(copy, Files.readString(LOGISTIC).replace("<Timestamp>", "<Timestamp>1999 "));

        CommandRun run = CommandRun.of("hash", LOGISTIC, copy);

        assertThat(run.exitCode()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).matches("[0-9a-f]{64}  .*CreditLogistic.pmml");
        assertThat(lines[0].substring(0, 64)).isEqualTo(lines[1].substring(0, 64));
    }

    @Test
    void shouldRefuseMalformedPmmlWithExitTwo() throws IOException {
        Path broken = folder.resolve("broken.pmml");
        Files.writeString(broken, "<PMML><Header>");

        CommandRun run = CommandRun.of("hash", broken);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("broken.pmml");
    }
}
