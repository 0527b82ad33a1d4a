package io.modelgate.reproducibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrainingTest {
    @TempDir
    Path workdir;

    @TempDir
    Path logs;

    @Test
    void shouldRunInACleanCopyAndKeepTheModelAndTheOutput() throws IOException {
        Files.writeString(workdir.resolve("model.txt"), "<PMML/>");
        Files.createDirectories(workdir.resolve(".git"));
        Files.writeString(workdir.resolve(".git/HEAD"), "x");
        String command = "test ! -e .git && echo training && cp model.txt \"$MODELGATE_OUTPUT\" && touch left-behind";

        Path model = Retraining.run(new RetrainCommand(command, workdir, Duration.ofSeconds(30)), 1, logs);

        assertThat(model).hasFileName("reproduce-run-1.pmml").hasContent("<PMML/>");
        assertThat(logs.resolve("reproduce-run-1.stdout.log")).hasContent("training");
        assertThat(workdir.resolve("left-behind")).doesNotExist();
    }

    @Test
    void shouldSubstituteTheOutputPlaceholder() throws IOException {
        Path model = Retraining.run(
                new RetrainCommand("echo '<PMML/>' > {output}", workdir, Duration.ofSeconds(30)), 2, logs);

        assertThat(model).hasFileName("reproduce-run-2.pmml").hasContent("<PMML/>");
    }

    @Test
    void shouldReportAFailingCommandWithItsErrorOutputAndRemoveTheCopy() throws IOException {
        long before = temporaryCopies();

        assertThatThrownBy(() -> Retraining.run(
                        new RetrainCommand("echo broken data >&2; exit 3", workdir, Duration.ofSeconds(30)), 1, logs))
                .isInstanceOf(RetrainException.class)
                .hasMessageContaining("exit code 3")
                .hasMessageContaining("reproduce-run-1.stderr.log")
                .hasMessageContaining("broken data");
        assertThat(temporaryCopies()).isEqualTo(before);
    }

    @Test
    void shouldStopACommandThatRunsTooLong() throws IOException {
        long before = temporaryCopies();

        assertThatThrownBy(
                        () -> Retraining.run(new RetrainCommand("sleep 30", workdir, Duration.ofMillis(300)), 1, logs))
                .isInstanceOf(RetrainException.class)
                .hasMessageContaining("timed out after PT0.3S");
        assertThat(temporaryCopies()).isEqualTo(before);
    }

    @Test
    void shouldReportACommandThatWritesNoModel() {
        assertThatThrownBy(() -> Retraining.run(new RetrainCommand("true", workdir, Duration.ofSeconds(30)), 1, logs))
                .isInstanceOf(RetrainException.class)
                .hasMessageContaining("wrote no model")
                .hasMessageContaining("MODELGATE_OUTPUT");
    }

    @Test
    void shouldRefuseAMissingCommand() {
        assertThatThrownBy(() -> new RetrainCommand(" ", workdir, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the retrain command is missing");
    }

    private static long temporaryCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("modelgate-reproduce-"))
                    .count();
        }
    }
}
