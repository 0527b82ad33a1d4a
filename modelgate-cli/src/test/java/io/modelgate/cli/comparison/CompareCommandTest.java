package io.modelgate.cli.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.cli.CommandRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    private static final Path FIXTURES =
            Path.of("../modelgate-core/src/test/resources/fixtures/scoring/SklearnEquivalenceTest");
    private static final Path HOLDOUT = FIXTURES.resolve("credit-holdout.csv");

    @TempDir
    Path folder;

    @Test
    void shouldPassACandidateThatIsSignificantlyBetter() {
        CommandRun run = CommandRun.of(
                "compare",
                "--candidate",
                FIXTURES.resolve("CreditBoosting.pmml"),
                "--champion",
                FIXTURES.resolve("CreditTree.pmml"),
                "--data",
                HOLDOUT,
                "--target",
                "default",
                "--evidence",
                folder);

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(folder.resolve("comparison.json"))
                .content()
                .contains("\"kind\" : \"comparison\"")
                .contains("\"role\" : \"holdout\"");
    }

    @Test
    void shouldFailACandidateWhoseGainIsNoise() {
        CommandRun run = CommandRun.of(
                "compare",
                "--candidate",
                FIXTURES.resolve("CreditForest.pmml"),
                "--champion",
                FIXTURES.resolve("CreditLogistic.pmml"),
                "--data",
                HOLDOUT,
                "--target",
                "default",
                "--evidence",
                folder);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("[primary:auc] FAILED").contains("DeLong p =");
    }

    @Test
    void shouldSayWhatHappenedWithoutAChampion() {
        CommandRun failing = CommandRun.of(
                "compare",
                "--candidate",
                FIXTURES.resolve("CreditForest.pmml"),
                "--data",
                HOLDOUT,
                "--target",
                "default",
                "--evidence",
                folder);
        CommandRun inactive = CommandRun.of(
                "compare",
                "--candidate",
                FIXTURES.resolve("CreditForest.pmml"),
                "--data",
                HOLDOUT,
                "--target",
                "default",
                "--evidence",
                folder,
                "--on-missing-champion",
                "inactive");

        assertThat(failing.exitCode()).isEqualTo(1);
        assertThat(failing.out()).contains("[champion] FAILED");
        assertThat(inactive.exitCode()).isZero();
        assertThat(inactive.out()).contains("[comparison] INACTIVE");
    }

    @Test
    void shouldExitTwoForAnUnknownTargetOrMetric() {
        CommandRun target = CommandRun.of(
                "compare",
                "--candidate",
                FIXTURES.resolve("CreditForest.pmml"),
                "--data",
                HOLDOUT,
                "--target",
                "label",
                "--evidence",
                folder);
        CommandRun metric = CommandRun.of(
                "compare",
                "--candidate",
                FIXTURES.resolve("CreditForest.pmml"),
                "--data",
                HOLDOUT,
                "--target",
                "default",
                "--primary",
                "gini",
                "--evidence",
                folder);

        assertThat(target.exitCode()).isEqualTo(2);
        assertThat(target.err()).contains("column 'label' is not in the header");
        assertThat(metric.exitCode()).isEqualTo(2);
    }
}
