package io.modelgate.cli.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.cli.CommandRun;
import java.io.IOException;
import java.nio.file.Files;
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
    void shouldRecordTheEngineOfEachModelAndTheTimingsInTheEvidence() {
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
                "--engine",
                "jpmml",
                "--evidence",
                folder);

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(folder.resolve("comparison.json"))
                .content()
                .contains("\"scoring\" : {")
                .contains("\"engine\" : \"jpmml\"")
                .contains("\"reason\" : \"jpmml was asked for\"")
                .doesNotContain("\"engine\" : \"compiled\"")
                .contains("\"timings\" : {")
                .contains("\"statisticsSeconds\"")
                .contains("\"statisticsShare\"");
    }

    @Test
    void shouldUseTheCompiledEngineByDefaultAndRefuseAnUnknownEngine() {
        CommandRun compiled = CommandRun.of(
                "compare",
                "--candidate",
                FIXTURES.resolve("CreditXgboost.pmml"),
                "--champion",
                FIXTURES.resolve("CreditForest.pmml"),
                "--data",
                HOLDOUT,
                "--target",
                "default",
                "--evidence",
                folder);
        CommandRun unknown = CommandRun.of(
                "compare",
                "--candidate",
                FIXTURES.resolve("CreditXgboost.pmml"),
                "--data",
                HOLDOUT,
                "--target",
                "default",
                "--engine",
                "fast",
                "--evidence",
                folder.resolve("unknown"));

        assertThat(compiled.exitCode()).as(compiled.out()).isIn(0, 1);
        assertThat(folder.resolve("comparison.json"))
                .content()
                .contains("\"requested\" : \"auto\"")
                .contains("\"engine\" : \"compiled\"")
                .contains("agreed with jpmml on 300 of the first 300 rows");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--engine: The engine must be jpmml, compiled or auto, not 'fast'");
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

    @Test
    void shouldAddParityCostAndRobustnessToTheEvidence() {
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
                "--expected-predictions",
                FIXTURES.resolve("CreditBoosting-expected.csv"),
                "--evidence",
                folder);

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(folder.resolve("comparison.json"))
                .content()
                .contains("\"name\" : \"parity\"")
                .contains("\"name\" : \"cost:size\"")
                .contains("\"name\" : \"cost:latency\"")
                .contains("\"name\" : \"robustness\"")
                .contains("\"risk\" : {")
                .contains("\"latencyP99Micros\"")
                .contains("\"flipRate\"")
                .contains("\"role\" : \"expected-predictions\"");
    }

    @Test
    void shouldFailPredictionsThatDoNotMatchTheCandidate() {
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
                "--expected-predictions",
                FIXTURES.resolve("CreditForest-expected.csv"),
                "--evidence",
                folder);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("[parity] FAILED").contains("line 2");
    }

    @Test
    void shouldFailTheLimitsOfSizeAndFlipRate() {
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
                "--max-size-bytes",
                "1000",
                "--max-flip-rate",
                "0",
                "--noise",
                "1",
                "--evidence",
                folder);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("[cost:size] FAILED").contains("[robustness] FAILED");
    }

    @Test
    void shouldRefuseExpectedPredictionsWithTheWrongRowCount() throws IOException {
        Path shorter = folder.resolve("shorter.csv");
        Files.write(
                shorter,
                Files.readAllLines(FIXTURES.resolve("CreditForest-expected.csv"))
                        .subList(0, 11));

        CommandRun run = CommandRun.of(
                "compare",
                "--candidate",
                FIXTURES.resolve("CreditForest.pmml"),
                "--data",
                HOLDOUT,
                "--target",
                "default",
                "--on-missing-champion",
                "pass",
                "--expected-predictions",
                shorter,
                "--evidence",
                folder);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("shorter.csv").contains("10 predictions for the holdout's 300 rows");
    }

    @Test
    void shouldLetAFailedRiskCheckOverrideAnInactiveComparison() {
        CommandRun run = CommandRun.of(
                "compare",
                "--candidate",
                FIXTURES.resolve("CreditForest.pmml"),
                "--data",
                HOLDOUT,
                "--target",
                "default",
                "--on-missing-champion",
                "inactive",
                "--max-size-bytes",
                "1000",
                "--evidence",
                folder);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("[cost:size] FAILED").contains("[comparison] FAILED");
    }

    @Test
    void shouldTakeTheRulesFromThePolicyUnlessAFlagOverridesThem() throws IOException {
        Path policy = folder.resolve("modelgate.yaml");
        Files.writeString(
                policy, "model: credit-risk\ntarget: default\ncomparison:\n  primaryMetric: accuracy\n  alpha: 0.2\n");
        String[] common = {
            "compare",
            "--candidate",
            FIXTURES.resolve("CreditBoosting.pmml").toString(),
            "--champion",
            FIXTURES.resolve("CreditTree.pmml").toString(),
            "--data",
            HOLDOUT.toString(),
            "--policy",
            policy.toString(),
            "--resamples",
            "200"
        };

        CommandRun fromPolicy = CommandRun.of(append(common, "--evidence", folder.resolve("policy")));
        CommandRun overridden = CommandRun.of(append(common, "--primary", "auc", "--evidence", folder.resolve("flag")));

        assertThat(folder.resolve("policy/comparison.json"))
                .content()
                .contains("primary:accuracy")
                .doesNotContain("primary:auc");
        assertThat(folder.resolve("flag/comparison.json"))
                .content()
                .contains("primary:auc")
                .doesNotContain("primary:accuracy");
    }

    private static Object[] append(final String[] common, final Object... more) {
        Object[] all = new Object[common.length + more.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(more, 0, all, common.length, more.length);
        return all;
    }
}
