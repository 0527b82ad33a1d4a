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
 * Rebuilds a real scikit-learn random forest, converted by JPMML-SkLearn, twice: the same seed gives an identical
 * model, another seed a different one. Runs where Debian's python3-sklearn is installed and the converter's classpath
 * is built ({@code .ci/run} does both; see tools/fixtures/README.md).
 */
class SklearnRetrainTest {
    private static final Path TOOLS =
            Path.of("../tools/fixtures").toAbsolutePath().normalize();
    private static final Path HOLDOUT = Path.of(
                    "src/test/resources/fixtures/scoring/SklearnEquivalenceTest/credit-holdout.csv")
            .toAbsolutePath();

    @TempDir
    Path folder;

    @BeforeAll
    static void requireScikitLearnAndTheConverter() throws Exception {
        Process python = new ProcessBuilder("bash", "-c", "command -p python3 -c 'import sklearn, pandas, joblib'")
                .redirectErrorStream(true)
                .start();
        python.getInputStream().readAllBytes();
        assumeTrue(python.waitFor() == 0, "Debian's python3-sklearn is not installed");
        assumeTrue(
                Files.exists(TOOLS.resolve("sklearn-converter/target/cp.txt")),
                "the converter's classpath is not built: run .ci/run or tools/fixtures/make_fixtures.sh");
    }

    @Test
    void shouldRebuildAnIdenticalForestFromTheSameSeed() throws IOException {
        Path original = Retraining.run(retrain(7), 1, folder.resolve("original"));

        Path rebuilt = Retraining.run(retrain(7), 1, folder.resolve("rebuilt"));
        Reproduction outcome =
                new ModelEquivalence(HOLDOUT, "default", 1e-6).compare(1, PmmlModel.load(original), rebuilt);

        assertThat(outcome.level()).isEqualTo(Level.IDENTICAL);
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

    private RetrainCommand retrain(final int seed) {
        String converter = TOOLS.resolve("sklearn-converter").toString();
        String command = "command -p python3 '" + TOOLS.resolve("retrain_forest.py") + "' --data '" + HOLDOUT
                + "' --seed " + seed + " --out work && java -cp \"" + converter + "/target/classes:$(cat '" + converter
                + "/target/cp.txt')\" fixtures.ConvertSklearn work work && cp work/Forest.pmml {output}";
        Path workdir = folder.resolve("src-" + seed);
        try {
            Files.createDirectories(workdir);
        } catch (IOException exception) {
            throw new java.io.UncheckedIOException(exception);
        }
        return new RetrainCommand(command, workdir, Duration.ofMinutes(5));
    }
}
