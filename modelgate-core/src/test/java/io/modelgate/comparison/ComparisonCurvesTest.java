package io.modelgate.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonCurvesTest {
    @Test
    void shouldTraceTheExactRocCurveOfAWorkedExample() {
        double[][] curve = ComparisonCurves.roc(new double[] {0, 0, 1, 1}, new double[] {0.1, 0.4, 0.35, 0.8});

        assertThat(curve[0]).containsExactly(0, 0, 0.5, 0.5, 1);
        assertThat(curve[1]).containsExactly(0, 0.5, 0.5, 1, 1);
    }

    @Test
    void shouldMoveTiedScoresThroughTogether() {
        double[][] curve = ComparisonCurves.roc(new double[] {0, 1, 0, 1}, new double[] {0.5, 0.5, 0.2, 0.9});

        assertThat(curve[0]).containsExactly(0, 0, 0.5, 1);
        assertThat(curve[1]).containsExactly(0, 0.5, 1, 1);
    }

    @Test
    void shouldRunFromTheOriginToTheCornerWithAnAreaEqualToTheAucMetric() {
        double[][] columns = Holdouts.binary(5_000, 11, 0.8);
        for (int i = 0; i < columns[2].length; i++) {
            columns[2][i] = Math.round(columns[2][i] * 50) / 50.0;
        }
        ComparisonReport report = ChampionCandidateComparison.compare(
                Holdouts.paired(columns), ComparisonPolicy.of(ComparisonMetric.AUC));

        for (int model = 1; model <= 2; model++) {
            double[][] curve = ComparisonCurves.roc(columns[0], columns[model]);
            int last = curve[0].length - 1;
            assertThat(new double[] {curve[0][0], curve[1][0]}).containsExactly(0, 0);
            assertThat(new double[] {curve[0][last], curve[1][last]}).containsExactly(1, 1);
            for (int i = 1; i <= last; i++) {
                assertThat(curve[0][i]).isGreaterThanOrEqualTo(curve[0][i - 1]);
                assertThat(curve[1][i]).isGreaterThanOrEqualTo(curve[1][i - 1]);
            }
            MetricComparison auc = report.metric(ComparisonMetric.AUC);
            assertThat(area(curve)).isCloseTo(model == 1 ? auc.champion() : auc.candidate(), within(1e-9));
        }
    }

    @Test
    void shouldThinTheCurveEvenlyKeepingBothEnds() {
        double[][] columns = Holdouts.binary(5_000, 12, 1);
        double[][] curve = ComparisonCurves.roc(columns[0], columns[2]);

        double[][] thinned = ComparisonCurves.thin(curve, ComparisonCurves.ROC_POINTS);

        assertThat(curve[0].length).isGreaterThan(ComparisonCurves.ROC_POINTS);
        assertThat(thinned[0]).hasSize(ComparisonCurves.ROC_POINTS);
        assertThat(new double[] {thinned[0][0], thinned[1][0], thinned[0][199], thinned[1][199]})
                .containsExactly(0, 0, 1, 1);
        assertThat(area(thinned)).isCloseTo(area(curve), within(0.01));
    }

    @Test
    void shouldBinCalibrationSoThatTheRowsAddUp() {
        double[][] columns = Holdouts.binary(3_000, 13, 1);

        List<Map<String, Object>> bins = ComparisonCurves.calibration(columns[0], columns[1]);

        assertThat(bins).hasSizeLessThanOrEqualTo(ComparisonCurves.CALIBRATION_BINS);
        assertThat(bins.stream().mapToLong(bin -> (Long) bin.get("rows")).sum()).isEqualTo(3_000);
        assertThat(bins)
                .allSatisfy(bin -> assertThat(bin.keySet()).containsExactly("meanPredicted", "observedRate", "rows"));
        assertThat(bins).extracting(bin -> (Double) bin.get("meanPredicted")).isSorted();
    }

    @Test
    void shouldLeaveEmptyBinsOutAndPutOneInTheLastBin() {
        List<Map<String, Object>> bins =
                ComparisonCurves.calibration(new double[] {0, 1, 1, 0}, new double[] {0.05, 1, 0.95, 0.15});

        assertThat(bins).extracting(bin -> bin.get("rows")).containsExactly(1L, 1L, 2L);
        assertThat(bins.get(2)).containsEntry("meanPredicted", 0.975).containsEntry("observedRate", 1.0);
    }

    @Test
    void shouldGiveAReasonInsteadOfARocCurveWithOneClass() {
        Map<String, Object> curves =
                ComparisonCurves.of(PairedPredictions.binary(new int[] {1, 1, 1}, null, new double[] {0.2, 0.6, 0.9}));

        assertThat(curves.keySet()).containsExactly("roc", "calibration");
        assertThat(((Map<?, ?>) curves.get("roc")).keySet().toString()).isEqualTo("[candidate]");
        assertThat(((Map<?, ?>) curves.get("roc")).get("candidate").toString()).contains("both classes");
    }

    @Test
    void shouldDrawNoCurvesForRegression() {
        ComparisonReport report = ChampionCandidateComparison.compare(
                PairedPredictions.regression(new double[] {1, 2, 3}, new double[] {1, 2, 2}, new double[] {1, 2, 3}),
                ComparisonPolicy.of(ComparisonMetric.parse("rmse")).withBootstrap(50, 1));

        assertThat(report.curves()).isEmpty();
        assertThat(report.section()).doesNotContainKey("curves");
    }

    private static double area(final double[][] curve) {
        double area = 0;
        for (int i = 1; i < curve[0].length; i++) {
            area += (curve[0][i] - curve[0][i - 1]) * (curve[1][i] + curve[1][i - 1]) / 2;
        }
        return area;
    }
}
