package io.modelgate.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScoreOrderTest {
    private static int[] reference(final double[] scores) {
        return IntStream.range(0, scores.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> scores[i] + 0.0)
                        .thenComparingInt(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    @Test
    void shouldOrderLikeAStableComparisonSortWithTiesSignedZerosAndInfinities() {
        SplittableRandom random = new SplittableRandom(20260101L);
        double[] special = {
            0.0,
            -0.0,
            1.0,
            -1.0,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE,
            -Double.MIN_VALUE,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            0.5,
            1e-300
        };
        for (int round = 0; round < 20; round++) {
            double[] scores = new double[1 + random.nextInt(5000)];
            for (int i = 0; i < scores.length; i++) {
                int kind = random.nextInt(4);
                scores[i] = kind == 0
                        ? special[random.nextInt(special.length)]
                        : kind == 1 ? random.nextInt(20) / 20.0 : (random.nextDouble() - 0.3) * 1e3;
            }

            assertThat(ScoreOrder.ascending(scores)).as("round %d", round).containsExactly(reference(scores));
        }
    }

    @Test
    void shouldKeepRowOrderWhenEveryScoreIsTheSame() {
        double[] scores = new double[3000];
        java.util.Arrays.fill(scores, 0.25);

        assertThat(ScoreOrder.ascending(scores))
                .containsExactly(IntStream.range(0, 3000).toArray());
    }

    @Test
    void shouldRefuseNaN() {
        assertThatThrownBy(() -> ScoreOrder.ascending(new double[] {0.1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 2");
    }
}
