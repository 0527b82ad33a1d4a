package io.modelgate.statistics;

/**
 * Orders rows by score in linear time: the one sort behind DeLong's test, the weighted Mann-Whitney AUC of every
 * bootstrap resample and the comparison's ROC curves.
 */
public final class ScoreOrder {
    /** Bits per radix digit: 2,048 counters fit the L1 cache; six digits cover a 64-bit key. */
    private static final int DIGIT_BITS = 11;

    private static final int DIGITS = (Long.SIZE + DIGIT_BITS - 1) / DIGIT_BITS;
    private static final int MASK = (1 << DIGIT_BITS) - 1;

    private ScoreOrder() {}

    /**
     * Returns the row indices in ascending order of score, stable for ties (equal scores keep their row order, and
     * −0.0 ties with 0.0). A least-significant-digit radix sort of the scores' bits mapped to unsigned order, which
     * is stable by construction; digits on which all rows agree (the exponent of probabilities, mostly) are skipped.
     *
     * @param scores the scores, none NaN
     * @return the permutation
     */
    public static int[] ascending(final double[] scores) {
        int rows = scores.length;
        long[] keys = new long[rows];
        int[] order = new int[rows];
        int[][] counts = new int[DIGITS][MASK + 1];
        for (int i = 0; i < rows; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("Score of row " + (i + 1) + " is NaN");
            }
            long key = sortable(scores[i]);
            keys[i] = key;
            order[i] = i;
            for (int d = 0; d < DIGITS; d++) {
                counts[d][(int) (key >>> (d * DIGIT_BITS)) & MASK]++;
            }
        }
        long[] keyBuffer = new long[rows];
        int[] orderBuffer = new int[rows];
        for (int d = 0; d < DIGITS && rows > 1; d++) {
            int shift = d * DIGIT_BITS;
            int[] count = counts[d];
            if (count[(int) (keys[0] >>> shift) & MASK] == rows) {
                continue; // every row has the same digit here
            }
            int total = 0;
            for (int b = 0; b <= MASK; b++) {
                int here = count[b];
                count[b] = total;
                total += here;
            }
            for (int i = 0; i < rows; i++) {
                long key = keys[i];
                int to = count[(int) (key >>> shift) & MASK]++;
                keyBuffer[to] = key;
                orderBuffer[to] = order[i];
            }
            long[] swapKeys = keys;
            keys = keyBuffer;
            keyBuffer = swapKeys;
            int[] swapOrder = order;
            order = orderBuffer;
            orderBuffer = swapOrder;
        }
        return order;
    }

    /** Maps a double to a long whose unsigned order is the double's order, with −0.0 made 0.0. */
    private static long sortable(final double score) {
        long bits = Double.doubleToRawLongBits(score + 0.0);
        return bits < 0 ? ~bits : bits | Long.MIN_VALUE;
    }
}
