package io.modelgate.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueCountsTest {
    @Test
    void shouldCountDistinctValuesUpToTheCapWhateverTheSplit() {
        ValueCounts left = new ValueCounts(3);
        ValueCounts right = new ValueCounts(3);
        left.add(1);
        left.add(2);
        left.add(1);
        right.add(2);
        right.add(3);

        ValueCounts merged = left.merged(right);

        assertThat(merged.isOverflowed()).isFalse();
        assertThat(merged.distinctValues()).containsExactly(1, 2, 3);
        assertThat(merged.count(1)).isEqualTo(2);
        assertThat(merged.count(2)).isEqualTo(2);
        right.add(4);
        assertThat(left.merged(right).isOverflowed()).isTrue();
        assertThat(left.merged(right).distinctValues()).isEmpty();
    }
}
