package io.modelgate.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RadixSortTest {
    @Test
    void shouldSortPairsBySignedKeyKeepingEqualKeysInOrder() {
        var random = new SplittableRandom(7);
        int size = 50_000;
        long[] keys = new long[size];
        long[] values = new long[size];
        for (int i = 0; i < size; i++) {
            // few distinct keys in part of the array, so that stability matters; extremes included
            keys[i] = i % 3 == 0 ? random.nextLong(-5, 5) : random.nextLong();
            values[i] = i;
        }
        keys[10] = Long.MIN_VALUE;
        keys[11] = Long.MAX_VALUE;
        long[][] expected = new long[size][];
        for (int i = 0; i < size; i++) {
            expected[i] = new long[] {keys[i], values[i]};
        }
        Arrays.sort(expected, Comparator.<long[]>comparingLong(pair -> pair[0]).thenComparingLong(pair -> pair[1]));

        new RadixSort().sort(keys, values, size);

        for (int i = 0; i < size; i++) {
            assertThat(new long[] {keys[i], values[i]}).as("pair " + i).containsExactly(expected[i]);
        }
    }
}
