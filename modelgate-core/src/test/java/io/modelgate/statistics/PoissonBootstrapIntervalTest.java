package io.modelgate.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PoissonBootstrapIntervalTest {
    @Test
    void shouldBracketTheValueAndRepeatWithTheSameSeed() {
        double[][] data = classification(2_000, 5);

        MetricInterval first =
                new PoissonBootstrapInterval(300, 42).estimate(PoissonBootstrapMetric.rocAuc(), data[0], data[1], 0.95);
        MetricInterval second =
                new PoissonBootstrapInterval(300, 42).estimate(PoissonBootstrapMetric.rocAuc(), data[0], data[1], 0.95);

        assertThat(first).isEqualTo(second);
        assertThat(first.low()).isLessThan(first.value());
        assertThat(first.high()).isGreaterThan(first.value());
        assertThat(first.resamples()).isEqualTo(300);
        assertThat(first.metric()).isEqualTo("auc");
    }

    @Test
    void shouldNarrowWithTheSampleLikeOneOverTheSquareRoot() {
        double[][] small = classification(1_000, 9);
        double[][] large = classification(16_000, 9);
        PoissonBootstrapInterval bootstrap = new PoissonBootstrapInterval(400, 1);

        MetricInterval narrow = bootstrap.estimate(PoissonBootstrapMetric.accuracy(), large[0], large[1], 0.95);
        MetricInterval wide = bootstrap.estimate(PoissonBootstrapMetric.accuracy(), small[0], small[1], 0.95);

        assertThat(wide.standardError() / narrow.standardError()).isCloseTo(4, within(0.8));
    }

    @Test
    void shouldMatchTheBinomialStandardErrorOfAccuracy() {
        double[][] data = classification(10_000, 3);
        MetricInterval interval = new PoissonBootstrapInterval(1_000, 3)
                .estimate(PoissonBootstrapMetric.accuracy(), data[0], data[1], 0.9);
        double p = interval.value();

        assertThat(interval.standardError()).isCloseTo(Math.sqrt(p * (1 - p) / 10_000), within(0.0008));
    }

    @Test
    void shouldLeaveOutResamplesWithoutAPositive() {
        double[] targets = {1, 0, 0, 0};
        double[] scores = {0.9, 0.2, 0.1, 0.3};

        MetricInterval interval =
                new PoissonBootstrapInterval(200, 5).estimate(PoissonBootstrapMetric.rocAuc(), targets, scores, 0.95);

        assertThat(interval.resamples()).isLessThan(200).isPositive();
        assertThat(interval.value()).isEqualTo(1.0);
        assertThatThrownBy(() -> new PoissonBootstrapInterval(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double[][] classification(final int rows, final long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] targets = new double[rows];
        double[] scores = new double[rows];
        for (int i = 0; i < rows; i++) {
            targets[i] = random.nextDouble() < 0.3 ? 1 : 0;
            double logit = (targets[i] == 1 ? 0.8 : -0.8) + random.nextGaussian();
            scores[i] = 1 / (1 + Math.exp(-logit));
        }
        return new double[][] {targets, scores};
    }
}
