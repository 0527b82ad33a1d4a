package io.modelgate.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MomentsTest {
    @Test
    void shouldMatchAOnePassComputationWhenMerged() {
        Moments whole = new Moments();
        Moments left = new Moments();
        Moments right = new Moments();
        double[] values = {2, 4, 4, 4, 5, 5, 7, 9};
        for (int i = 0; i < values.length; i++) {
            whole.add(values[i]);
            (i < 3 ? left : right).add(values[i]);
        }

        Moments merged = left.merged(right);

        assertThat(whole.mean()).isEqualTo(5.0);
        assertThat(whole.standardDeviation()).isCloseTo(2.0, within(1e-12));
        assertThat(merged.mean()).isCloseTo(5.0, within(1e-12));
        assertThat(merged.standardDeviation()).isCloseTo(2.0, within(1e-12));
        assertThat(merged.min()).isEqualTo(2);
        assertThat(merged.max()).isEqualTo(9);
        assertThat(new Moments().merged(new Moments()).mean()).isNaN();
    }
}
