package io.modelgate.reproducibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds a real scikit-learn random forest, converted by JPMML-SkLearn, twice with the committed retrain command
 * {@code tools/fixtures/sklearn-retrain.sh}: the same seed gives an identical model, another seed a different one.
 * Runs where Debian's python3-sklearn is installed ({@code .ci/run} installs it); the script builds the converter's
 * classpath with Maven on first use, and the test is skipped, saying why, when that is impossible.
 */
class SklearnRetrainTest {
    private static final Path SCRIPT =
            Path.of("../tools/fixtures/sklearn-retrain.sh").toAbsolutePath().normalize();
    private static final Path HOLDOUT = Path.of(
                    "src/test/resources/fixtures/scoring/SklearnEquivalenceTest/credit-holdout.csv")
            .toAbsolutePath();

    @TempDir
    Path folder;

    @BeforeAll
    static void requireScikitLearnAndTheConverter() throws Exception {
        assumeTrue(
                succeeds("command -p python3 -c 'import sklearn, pandas, joblib'"),
                "Debian's python3-sklearn is not installed");
        assumeTrue(
                succeeds("'" + SCRIPT + "' --prepare"),
                "the converter's classpath could not be built (mvn in tools/fixtures/sklearn-converter)");
    }

    private static boolean succeeds(final String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command)
                .redirectErrorStream(true)
                .start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return process.waitFor() == 0;
    }

    @Test
    void shouldRebuildAnIdenticalForestFromTheSameSeed() throws IOException {
        Path original = Retraining.run(retrain(7), 1, folder.resolve("original"));

        Path rebuilt = Retraining.run(retrain(7), 1, folder.resolve("rebuilt"));
        Reproduction outcome =
                new ModelEquivalence(HOLDOUT, "default", 1e-6).compare(1, PmmlModel.load(original), rebuilt);

        assertThat(outcome.level()).isEqualTo(Level.IDENTICAL);
        assertThat(withoutTimestamp(rebuilt)).isEqualTo(withoutTimestamp(original));
    }

    private static String withoutTimestamp(final Path pmml) throws IOException {
        return Files.readString(pmml).replaceFirst("<Timestamp>[^<]*</Timestamp>", "");
    }

    @Test
    void shouldFindAForestFromAnotherSeedDifferent() throws IOException {
        Path original = Retraining.run(retrain(7), 1, folder.resolve("original"));

        Path rebuilt = Retraining.run(retrain(8), 1, folder.resolve("rebuilt"));
        Reproduction outcome =
                new ModelEquivalence(HOLDOUT, "default", 1e-6).compare(1, PmmlModel.load(original), rebuilt);

        assertThat(outcome.level()).isEqualTo(Level.DIFFERENT);
        assertThat(outcome.difference().firstPath()).startsWith("/PMML/MiningModel");
    }

    private RetrainCommand retrain(final int seed) throws IOException {
        Path workdir = Files.createDirectories(folder.resolve("src-" + seed));
        String command = "'" + SCRIPT + "' '" + HOLDOUT + "' " + seed + " {output}";
        return new RetrainCommand(command, workdir, Duration.ofMinutes(5));
    }
}
