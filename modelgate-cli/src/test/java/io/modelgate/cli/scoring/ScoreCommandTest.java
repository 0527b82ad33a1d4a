package io.modelgate.cli.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.cli.CommandRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
    private static final Path FIXTURES = Path.of("../modelgate-core/src/test/resources/fixtures/scoring");
    private static final Path FOREST = FIXTURES.resolve("SklearnEquivalenceTest/CreditForest.pmml");
    private static final Path HOLDOUT = FIXTURES.resolve("SklearnEquivalenceTest/credit-holdout.csv");

    @TempDir
    Path folder;

    @Test
    void shouldScoreEveryRowInOrderWithTheSameResultOnAnyNumberOfThreads() throws IOException {
        Path one = folder.resolve("one.csv");
        Path two = folder.resolve("two.csv");

        CommandRun first =
                CommandRun.of("score", "--model", FOREST, "--input", HOLDOUT, "--output", one, "--threads", 1);
        CommandRun second =
                CommandRun.of("score", "--model", FOREST, "--input", HOLDOUT, "--output", two, "--threads", 2);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out())
                .contains("[score] scored 300 rows")
                .contains("[score] engine compiled (asked: auto): compiled average of 8 trees");
        List<String> lines = Files.readAllLines(one);
        assertThat(lines).hasSize(301);
        assertThat(lines.get(0)).startsWith("prediction,probability(");
        assertThat(Files.readString(two)).isEqualTo(Files.readString(one));
        assertThat(second.exitCode()).isZero();
    }

    @Test
    void shouldScoreWithJpmmlWhenAskedAndGiveTheSameFile() throws IOException {
        Path compiled = folder.resolve("compiled.csv");
        Path jpmml = folder.resolve("jpmml.csv");

        CommandRun.of("score", "--model", FOREST, "--input", HOLDOUT, "--output", compiled);
        CommandRun run =
                CommandRun.of("score", "--model", FOREST, "--input", HOLDOUT, "--output", jpmml, "--engine", "jpmml");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("[score] engine jpmml (asked: jpmml): jpmml was asked for");
        assertThat(Files.readString(jpmml)).isEqualTo(Files.readString(compiled));
    }

    @Test
    void shouldRefuseAHostileModelAndWriteNothing() {
        Path output = folder.resolve("out.csv");

        CommandRun run = CommandRun.of(
                "score", "--model", FIXTURES.resolve("PmmlModelTest/xxe.pmml"), "--input", HOLDOUT, "--output", output);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("xxe.pmml");
        assertThat(output).doesNotExist();
    }

    @Test
    void shouldNameTheMissingInputColumns() throws IOException {
        Path input = folder.resolve("partial.csv");
        Files.writeString(input, "age,region\n30,north\n");

        CommandRun run =
                CommandRun.of("score", "--model", FOREST, "--input", input, "--output", folder.resolve("o.csv"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("partial.csv").contains("income");
    }
}
