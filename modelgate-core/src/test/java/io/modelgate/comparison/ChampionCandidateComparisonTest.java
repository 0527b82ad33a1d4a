package io.modelgate.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChampionCandidateComparisonTest {
    private static final int ROWS = 4000;

    /** Scenarios on the same seeded holdout: the candidate ranks better, the same, a little or clearly worse. */
    static PairedPredictions scenario(final String name) {
        return switch (name) {
            case "better" -> Holdouts.paired(Holdouts.binary(ROWS, 1, 0.4));
            case "slightly-worse" -> Holdouts.paired(Holdouts.binary(ROWS, 1, 1.15));
            case "worse" -> Holdouts.paired(Holdouts.binary(ROWS, 1, 1.8));
            case "same" -> {
                double[][] columns = Holdouts.binary(ROWS, 1, 1);
                columns[2] = Holdouts.jitter(columns[1], 2);
                yield Holdouts.paired(columns);
            }
            case "better-overconfident" -> {
                double[][] columns = Holdouts.binary(ROWS, 1, 0.4);
                columns[2] = Holdouts.overconfident(columns[2]);
                yield Holdouts.paired(columns);
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    static ComparisonPolicy policy(final String metric) {
        return ComparisonPolicy.of(ComparisonMetric.parse(metric)).withBootstrap(300, 17);
    }

    @ParameterizedTest(name = "{0} on {1}, minimum +{2} -> {3}")
    @CsvSource({
        "better, auc, 0.00, PASSED",
        "better, auc, 0.20, FAILED",
        "better, accuracy, 0.00, PASSED",
        "better, log_loss, 0.00, PASSED",
        "better, brier, 0.00, PASSED",
        "same, auc, 0.00, FAILED",
        "same, log_loss, 0.00, FAILED",
        "worse, auc, 0.00, FAILED",
        "worse, brier, 0.00, FAILED"
    })
    void shouldPassSuperiorityOnlyWhenTheLowerBoundExceedsTheMinimum(
            final String scenario, final String metric, final double minimum, final GateStatus expected) {
        ComparisonPolicy policy = policy(metric).withMinimumImprovement(minimum, 0);

        Check check =
                ChampionCandidateComparison.compare(scenario(scenario), policy).check("primary:" + metric);

        assertThat(check.status()).as(check.message()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} on {1}, margin {2} -> {3}")
    @CsvSource({
        "same, auc, 0.01, PASSED",
        "slightly-worse, auc, 0.05, PASSED",
        "slightly-worse, auc, 0.001, FAILED",
        "worse, auc, 0.01, FAILED",
        "better, log_loss, 0.00, PASSED",
        "slightly-worse, log_loss, 0.001, FAILED"
    })
    void shouldPassNonInferiorityWhenTheLowerBoundIsAboveMinusTheMargin(
            final String scenario, final String metric, final double margin, final GateStatus expected) {
        ComparisonPolicy policy = policy(metric).withNonInferiority(margin);

        Check check =
                ChampionCandidateComparison.compare(scenario(scenario), policy).check("primary:" + metric);

        assertThat(check.status()).as(check.message()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "guard {0} within {1} -> {2}")
    @CsvSource({"log_loss, 0.01, FAILED", "log_loss, 5.0, PASSED", "brier, 0.003, FAILED", "accuracy, 0.01, PASSED"})
    void shouldHoldGuardMetricsToTheirMarginsWhateverThePrimaryMetricDoes(
            final String guard, final double margin, final GateStatus expected) {
        ComparisonPolicy policy =
                policy("auc").withGuards(List.of(new GuardMetric(ComparisonMetric.parse(guard), margin)));

        ComparisonReport report = ChampionCandidateComparison.compare(scenario("better-overconfident"), policy);

        assertThat(report.check("primary:auc").status()).isEqualTo(GateStatus.PASSED);
        assertThat(report.check("guard:" + guard).status())
                .as(report.check("guard:" + guard).message())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "slice {0} -> {1}")
    @CsvSource({"region=north, PASSED", "region=south, FAILED", "region=tiny, INACTIVE", "segment=(missing), PASSED"})
    void shouldJudgeEverySliceAndLeaveSmallOnesInactive(final String slice, final GateStatus expected) {
        double[][] columns = Holdouts.binary(ROWS, 3, 0.7);
        double[] worse = Holdouts.binary(ROWS, 3, 3.0)[2];
        String[] region = new String[ROWS];
        String[] segment = new String[ROWS];
        for (int i = 0; i < ROWS; i++) {
            region[i] = i < 60 ? "tiny" : i % 2 == 0 ? "north" : "south";
            segment[i] = i % 4 == 0 ? null : "retail";
            if (region[i].equals("south")) {
                columns[2][i] = worse[i];
            }
        }
        PairedPredictions predictions =
                Holdouts.paired(columns).withSlice("region", region).withSlice("segment", segment);

        ComparisonReport report =
                ChampionCandidateComparison.compare(predictions, policy("auc").withNonInferiority(0.02));

        Check check = report.check("slice:" + slice);
        assertThat(check.status()).as(check.message()).isEqualTo(expected);
        assertThat(report.checks())
                .extracting(Check::name)
                .containsSubsequence(
                        "primary:auc",
                        "slice:region=north",
                        "slice:region=south",
                        "slice:region=tiny",
                        "slice:segment=(missing)",
                        "slice:segment=retail",
                        "agreement");
    }

    @ParameterizedTest(name = "no champion, {0} -> {1}")
    @CsvSource({"PASS, PASSED", "FAIL, FAILED", "INACTIVE, INACTIVE"})
    void shouldSayWhatHappenedWithoutAChampion(final MissingChampion rule, final GateStatus expected) {
        double[][] columns = Holdouts.binary(500, 4, 1);
        int[] labels = new int[500];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (int) columns[0][i];
        }
        ComparisonPolicy policy = policy("auc")
                .withGuards(List.of(new GuardMetric(ComparisonMetric.BRIER, 0.01)))
                .withOnMissingChampion(rule);

        ComparisonReport report =
                ChampionCandidateComparison.compare(PairedPredictions.binary(labels, null, columns[2]), policy);

        assertThat(report.championPresent()).isFalse();
        assertThat(report.status()).isEqualTo(expected);
        assertThat(report.check("champion").status()).isEqualTo(expected);
        assertThat(report.check("champion").message()).contains("no champion", "onMissingChampion is " + rule);
        assertThat(report.checks())
                .filteredOn(check -> !check.name().equals("champion"))
                .extracting(Check::name, Check::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("primary:auc", GateStatus.INACTIVE),
                        org.assertj.core.groups.Tuple.tuple("guard:brier", GateStatus.INACTIVE),
                        org.assertj.core.groups.Tuple.tuple("agreement", GateStatus.INACTIVE));
        assertThat(report.metric(ComparisonMetric.AUC).candidate()).isBetween(0.6, 1.0);
        assertThat(report.metric(ComparisonMetric.AUC).champion()).isNaN();
    }

    @Test
    void shouldRequireDeLongSignificanceForAucSuperiority() {
        ComparisonReport report = ChampionCandidateComparison.compare(scenario("better"), policy("auc"));

        assertThat(report.delong().pValue()).isLessThan(0.05);
        assertThat(report.delong().difference())
                .isEqualTo(report.metric(ComparisonMetric.AUC).delta());
        assertThat(report.check("primary:auc").message())
                .startsWith("auc (higher is better): candidate ")
                .contains("95 % CI [+", "DeLong p = ", "exceeds the required +0.0000 and p < 0.05");
        assertThat(report.mcnemar().c()).isGreaterThan(report.mcnemar().b());
    }

    @Test
    void shouldFindNoDifferenceBetweenAModelAndItself() {
        double[][] columns = Holdouts.binary(2000, 5, 1);
        columns[2] = columns[1];

        ComparisonReport report = ChampionCandidateComparison.compare(Holdouts.paired(columns), policy("auc"));

        assertThat(report.metrics()).allSatisfy(metric -> {
            assertThat(metric.delta()).isZero();
            assertThat(metric.ciLow()).isZero();
            assertThat(metric.ciHigh()).isZero();
        });
        assertThat(report.delong().pValue()).isEqualTo(1.0);
        assertThat(report.mcnemar().discordant()).isZero();
        assertThat(report.agreement().changed()).isZero();
        assertThat(report.check("primary:auc").status()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void shouldOrientLowerIsBetterMetricsForRegression() {
        SplittableRandom random = new SplittableRandom(6);
        int rows = 3000;
        double[] targets = new double[rows];
        double[] champion = new double[rows];
        double[] candidate = new double[rows];
        for (int i = 0; i < rows; i++) {
            targets[i] = random.nextDouble(0, 100);
            champion[i] = targets[i] + 5 * random.nextGaussian();
            candidate[i] = targets[i] + 4 * random.nextGaussian();
        }
        ComparisonPolicy policy = policy("rmse").withGuards(List.of(new GuardMetric(ComparisonMetric.MAE, 0)));

        ComparisonReport report =
                ChampionCandidateComparison.compare(PairedPredictions.regression(targets, champion, candidate), policy);

        MetricComparison rmse = report.metric(ComparisonMetric.RMSE);
        assertThat(rmse.delta()).isNegative();
        assertThat(rmse.ciHigh()).isNegative();
        assertThat(rmse.improvementLow()).isEqualTo(-rmse.ciHigh());
        assertThat(report.check("primary:rmse").status()).isEqualTo(GateStatus.PASSED);
        assertThat(report.check("guard:mae").status()).isEqualTo(GateStatus.PASSED);
        assertThat(report.check("agreement").status()).isEqualTo(GateStatus.INACTIVE);
        assertThat(report.mcnemar()).isNull();
        assertThat(report.delong()).isNull();
    }

    @Test
    void shouldFailWhenMoreDecisionsChangeThanAllowed() {
        ComparisonReport report = ChampionCandidateComparison.compare(
                scenario("better"), policy("auc").withAlpha(0.05, 0.01));

        Check agreement = report.check("agreement");
        assertThat(report.agreement().changedShare()).isGreaterThan(0.01);
        assertThat(agreement.status()).isEqualTo(GateStatus.FAILED);
        assertThat(agreement.message()).contains("more than the allowed 1 %");
    }

    @Test
    void shouldRejectAMetricOfTheOtherTask() {
        PairedPredictions regression =
                PairedPredictions.regression(new double[] {1, 2}, new double[] {1, 2}, new double[] {1, 2});

        assertThatThrownBy(() -> ChampionCandidateComparison.compare(regression, policy("auc")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Metric auc does not apply to regression predictions");
        assertThatThrownBy(() -> PairedPredictions.binary(new int[] {0, 2}, null, new double[] {0.1, 0.2}))
                .hasMessage("Label of row 2 is 2, not 0 or 1");
    }
}
