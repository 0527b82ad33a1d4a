package io.modelgate.validation;

/**
 * Sorts (key, value) pairs by key in signed order, stably, in linear time: a least-significant-digit radix sort in
 * four passes of 16 bits. Stability keeps pairs with equal keys in their original order, which the duplicate finder
 * relies on (values are line numbers, added in increasing order).
 */
final class RadixSort {
    private static final int BITS = 16;
    private static final int BUCKETS = 1 << BITS;
    private static final int MASK = BUCKETS - 1;

    private final int[] counts = new int[BUCKETS];
    private long[] spareKeys = new long[0];
    private long[] spareValues = new long[0];

    /**
     * Sorts the first {@code size} pairs in place.
     *
     * @param keys the keys
     * @param values the values, moved with their keys
     * @param size how many pairs
     */
    void sort(final long[] keys, final long[] values, final int size) {
        if (spareKeys.length < size) {
            spareKeys = new long[keys.length];
            spareValues = new long[values.length];
        }
        long[] fromKeys = keys;
        long[] fromValues = values;
        long[] toKeys = spareKeys;
        long[] toValues = spareValues;
        for (int pass = 0; pass < 4; pass++) {
            int shift = pass * BITS;
            // the top digit carries the sign: flipping its highest bit puts negative keys first
            int flip = pass == 3 ? 1 << (BITS - 1) : 0;
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < size; i++) {
                counts[((int) (fromKeys[i] >>> shift) & MASK) ^ flip]++;
            }
            int total = 0;
            for (int bucket = 0; bucket < BUCKETS; bucket++) {
                int count = counts[bucket];
                counts[bucket] = total;
                total += count;
            }
            for (int i = 0; i < size; i++) {
                int position = counts[((int) (fromKeys[i] >>> shift) & MASK) ^ flip]++;
                toKeys[position] = fromKeys[i];
                toValues[position] = fromValues[i];
            }
            long[] swapKeys = fromKeys;
            fromKeys = toKeys;
            toKeys = swapKeys;
            long[] swapValues = fromValues;
            fromValues = toValues;
            toValues = swapValues;
        }
        // after an even number of passes the sorted pairs are back in the caller's arrays
    }
}
