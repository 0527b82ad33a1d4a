package io.modelgate.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties every metric keeps whatever the input, on seeded random data. */
class MetricPropertiesTest {
    private final Random random = new Random(7);

    private boolean[] outcomes(final int n) {
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            positive[i] = random.nextBoolean();
        }
        return positive;
    }

    @Test
    void shouldGiveOneForAPerfectRankingAndZeroForItsReverse() {
        boolean[] positive = {false, false, true, false, true, true};
        double[] scores = {0.1, 0.2, 0.7, 0.3, 0.8, 0.9};
        double[] reversed = {0.9, 0.8, 0.3, 0.7, 0.2, 0.1};

        assertThat(Ranking.rocAuc(positive, scores)).isEqualTo(1.0);
        assertThat(Ranking.rocAuc(positive, reversed)).isEqualTo(0.0);
        assertThat(Ranking.averagePrecision(positive, scores)).isEqualTo(1.0);
    }

    @Test
    void shouldGiveOneHalfWhenAllScoresTie() {
        boolean[] positive = outcomes(101);

        assertThat(Ranking.rocAuc(positive, new double[101])).isEqualTo(0.5);
    }

    @Test
    void shouldKeepTheRankingMetricsUnderAMonotoneTransform() {
        boolean[] positive = outcomes(500);
        double[] scores = new double[500];
        double[] squashed = new double[500];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.round(random.nextDouble() * 50) / 50.0;
            squashed[i] = 3 * scores[i] * scores[i] * scores[i] - 1;
        }

        assertThat(Ranking.rocAuc(positive, squashed)).isCloseTo(Ranking.rocAuc(positive, scores), within(1e-15));
        assertThat(Ranking.averagePrecision(positive, squashed))
                .isCloseTo(Ranking.averagePrecision(positive, scores), within(1e-15));
    }

    @Test
    void shouldGiveNotANumberWithoutBothOutcomes() {
        assertThat(Ranking.rocAuc(new boolean[] {true, true}, new double[] {0.1, 0.2}))
                .isNaN();
        assertThat(Ranking.averagePrecision(new boolean[] {false, false}, new double[] {0.1, 0.2}))
                .isNaN();
    }

    @Test
    void shouldScorePerfectPredictionsAsPerfect() {
        int[] labels = {0, 2, 1, 1, 0, 2};
        double[][] certain = new double[labels.length][3];
        for (int i = 0; i < labels.length; i++) {
            certain[i][labels[i]] = 1.0;
        }

        var values = Metrics.classification(labels, labels, certain);

        assertThat(values.get(Metric.ACCURACY)).isEqualTo(1.0);
        assertThat(values.get(Metric.F1_MACRO)).isEqualTo(1.0);
        assertThat(values.get(Metric.ROC_AUC)).isEqualTo(1.0);
        assertThat(values.get(Metric.BRIER_SCORE)).isEqualTo(0.0);
        assertThat(values.get(Metric.EXPECTED_CALIBRATION_ERROR)).isEqualTo(0.0);
        assertThat(values.get(Metric.LOG_LOSS)).isCloseTo(0.0, within(1e-15));
        double[] y = {1.5, -2, 3, 8};
        assertThat(Metrics.regression(y, y)).containsValues(0.0, 1.0).doesNotContainValue(Double.NaN);
    }

    @Test
    void shouldCountTheConfusionMatrix() {
        ConfusionMatrix matrix = ConfusionMatrix.of(new int[] {0, 0, 1, 1, 1}, new int[] {0, 1, 1, 1, 0}, 2);

        assertThat(matrix.count(0, 0)).isEqualTo(1);
        assertThat(matrix.count(0, 1)).isEqualTo(1);
        assertThat(matrix.count(1, 0)).isEqualTo(1);
        assertThat(matrix.count(1, 1)).isEqualTo(2);
        assertThat(matrix.accuracy()).isEqualTo(0.6);
    }

    @Test
    void shouldRefuseInputsOfDifferentShapes() {
        assertThatThrownBy(() -> RegressionMetrics.rmse(new double[2], new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 and 3");
        assertThatThrownBy(() -> ConfusionMatrix.of(new int[] {0, 3}, new int[] {0, 1}, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Label 3 at index 1");
        assertThatThrownBy(() -> ProbabilityMetrics.logLoss(new int[] {0}, new double[][] {{1.0}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two classes");
        assertThatThrownBy(() -> Metric.valueOf("NOPE")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKnowTheDirectionOfEveryMetric() {
        assertThat(Metric.ROC_AUC.isHigherBetter()).isTrue();
        assertThat(Metric.LOG_LOSS.isHigherBetter()).isFalse();
        assertThat(Metric.MEDIAN_ABSOLUTE_ERROR.key()).isEqualTo("median_absolute_error");
    }
}
