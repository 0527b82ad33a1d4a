package io.modelgate.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryCountsTest {
    @Test
    void shouldMergeCountsExactlyBelowTheCap() {
        CategoryCounts left = new CategoryCounts(10);
        CategoryCounts right = new CategoryCounts(10);
        for (String value : new String[] {"a", "b", "a"}) {
            left.add(value);
        }
        for (String value : new String[] {"b", "c", "b"}) {
            right.add(value);
        }

        CategoryCounts merged = left.merged(right);

        assertThat(merged.counts()).containsExactly(Map.entry("b", 3L), Map.entry("a", 2L), Map.entry("c", 1L));
        assertThat(merged.total()).isEqualTo(6);
        assertThat(merged.other()).isZero();
    }

    @Test
    void shouldKeepTheMostFrequentAndCountTheRestAsOther() {
        CategoryCounts left = new CategoryCounts(2);
        CategoryCounts right = new CategoryCounts(2);
        for (String value : new String[] {"a", "b", "c", "a"}) {
            left.add(value);
        }
        for (String value : new String[] {"c", "c", "d"}) {
            right.add(value);
        }

        CategoryCounts merged = left.merged(right);

        assertThat(left.other()).isEqualTo(1);
        assertThat(merged.counts()).containsExactly(Map.entry("a", 2L), Map.entry("c", 2L));
        assertThat(merged.other()).isEqualTo(3);
        assertThat(merged.total()).isEqualTo(7);
    }
}
