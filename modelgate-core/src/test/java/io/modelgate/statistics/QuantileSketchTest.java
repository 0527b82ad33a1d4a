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
