package io.modelgate.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantileSketchTest {
    @Test
    void shouldBeExactUpToKValues() {
        QuantileSketch sketch = new QuantileSketch(200);
        for (int i = 200; i >= 1; i--) {
            sketch.update(i);
        }

        assertThat(sketch.isExact()).isTrue();
        assertThat(sketch.rankError()).isZero();
        assertThat(sketch.quantile(0.1)).isEqualTo(20);
        assertThat(sketch.shareBelow(51)).isEqualTo(0.25);
        assertThat(sketch.sample().total()).isEqualTo(200);
        assertThat(sketch.sample().size()).isEqualTo(200);
    }

    @Test
    void shouldStayWithinItsRankErrorWhenMergedFromParts() {
        Random random = new Random(11);
        QuantileSketch left = new QuantileSketch(200);
        QuantileSketch right = new QuantileSketch(200);
        for (int i = 0; i < 200_000; i++) {
            (i % 3 == 0 ? left : right).update(random.nextDouble());
        }

        QuantileSketch union = left.merged(right);

        assertThat(union.count()).isEqualTo(200_000);
        assertThat(left.count()).isLessThan(200_000);
        assertThat(union.isExact()).isFalse();
        assertThat(union.rankError()).isBetween(0.001, 0.02);
        for (double x = 0.05; x < 1; x += 0.05) {
            assertThat(union.shareBelow(x)).isCloseTo(x, within(union.rankError()));
        }
    }

    @Test
    void shouldKeepEveryRankWithinItsErrorBoundOnAMillionValues() {
        var random = new java.util.SplittableRandom(5);
        int n = 1_000_000;
        double[] values = new double[n];
        QuantileSketch sketch = new QuantileSketch();
        for (int i = 0; i < n; i++) {
            values[i] = random.nextDouble() < 0.3 ? random.nextInt(0, 20) : Math.exp(random.nextDouble() * 5);
            sketch.update(values[i]);
        }
        java.util.Arrays.sort(values);

        double worst = 0;
        for (int q = 1; q < 1000; q++) {
            double probe = values[(int) ((long) q * n / 1000)];
            double exact = (double) lowerBound(values, probe) / n;
            worst = Math.max(worst, Math.abs(sketch.shareBelow(probe) - exact));
        }

        assertThat(sketch.isExact()).isFalse();
        assertThat(worst).isLessThan(sketch.rankError());
        assertThat(sketch.quantile(0)).isEqualTo(values[0]);
        assertThat(sketch.quantile(1)).isEqualTo(values[n - 1]);
        assertThat(sketch.sample().total()).isEqualTo(n);
    }

    @Test
    void shouldGiveTheSameSketchForTheSameValuesOnAnyThread() throws Exception {
        java.util.concurrent.Callable<byte[]> build = () -> {
            QuantileSketch sketch = new QuantileSketch(100);
            for (int i = 0; i < 100_000; i++) {
                sketch.update((i * 7919L) % 100_003);
            }
            return sketch.toBytes();
        };
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var results = pool.invokeAll(java.util.List.of(build, build, build, build));
            for (var result : results) {
                assertThat(result.get()).isEqualTo(build.call());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static int lowerBound(final double[] sorted, final double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    @Test
    void shouldSurviveSerialisation() {
        QuantileSketch sketch = new QuantileSketch();
        for (int i = 0; i < 5000; i++) {
            sketch.update(i % 97);
        }

        QuantileSketch copy = QuantileSketch.fromBytes(sketch.toBytes());

        assertThat(copy.count()).isEqualTo(5000);
        assertThat(copy.quantile(0.5)).isEqualTo(sketch.quantile(0.5));
        assertThatThrownBy(() -> new QuantileSketch().quantile(0.5)).isInstanceOf(IllegalStateException.class);
    }
}
