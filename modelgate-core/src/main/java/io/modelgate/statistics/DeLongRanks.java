package io.modelgate.statistics;

/**
 * Orders rows by score once, the O(n log n) step that makes DeLong's variance (Sun &amp; Xu 2014) and the weighted
 * Mann-Whitney AUC of every bootstrap resample linear afterwards.
 */
final class DeLongRanks {
    private static final int INSERTION_BELOW = 32;

    private DeLongRanks() {}

    /**
     * Returns the row indices in ascending order of score, stable for ties.
     *
     * @param scores the scores, none NaN
     * @return the permutation
     */
    static int[] order(final double[] scores) {
        int[] order = new int[scores.length];
        for (int i = 0; i < order.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("Score of row " + (i + 1) + " is NaN");
            }
            order[i] = i;
        }
        sort(order, new int[order.length], 0, order.length, scores);
        return order;
    }

    private static void sort(final int[] a, final int[] buffer, final int from, final int to, final double[] keys) {
        if (to - from < INSERTION_BELOW) {
            for (int i = from + 1; i < to; i++) {
                int moving = a[i];
                int j = i - 1;
                while (j >= from && keys[a[j]] > keys[moving]) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = moving;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        sort(a, buffer, from, middle, keys);
        sort(a, buffer, middle, to, keys);
        if (keys[a[middle - 1]] <= keys[a[middle]]) {
            return;
        }
        System.arraycopy(a, from, buffer, from, to - from);
        int left = from;
        int right = middle;
        for (int k = from; k < to; k++) {
            if (right >= to || left < middle && keys[buffer[left]] <= keys[buffer[right]]) {
                a[k] = buffer[left++];
            } else {
                a[k] = buffer[right++];
            }
        }
    }

    /**
     * Computes DeLong's structural components from the score order: for a positive row the share of negatives scored
     * below it plus half the tied ones ({@code V10}), for a negative row the share of positives scored above it plus
     * half the tied ones ({@code V01}). These are the midrank differences {@code (Tz − Tx) / n} and {@code 1 − (Tz −
     * Ty) / m} of Sun &amp; Xu (2014), computed group by group of tied scores.
     *
     * @param scores the scores
     * @param order the ascending order of the scores
     * @param positive whether each row is a positive
     * @param positives the number of positives, m
     * @param negatives the number of negatives, n
     * @return the component of each row (V10 for positives, V01 for negatives), in row order
     */
    static double[] components(
            final double[] scores,
            final int[] order,
            final boolean[] positive,
            final int positives,
            final int negatives) {
        double[] components = new double[scores.length];
        long positivesBelow = 0;
        long negativesBelow = 0;
        int start = 0;
        while (start < order.length) {
            int end = start + 1;
            while (end < order.length && scores[order[end]] == scores[order[start]]) {
                end++;
            }
            long tiedPositives = 0;
            for (int k = start; k < end; k++) {
                tiedPositives += positive[order[k]] ? 1 : 0;
            }
            long tiedNegatives = end - start - tiedPositives;
            double v10 = (negativesBelow + tiedNegatives / 2.0) / negatives;
            double v01 = (positives - positivesBelow - tiedPositives / 2.0) / positives;
            for (int k = start; k < end; k++) {
                components[order[k]] = positive[order[k]] ? v10 : v01;
            }
            positivesBelow += tiedPositives;
            negativesBelow += tiedNegatives;
            start = end;
        }
        return components;
    }
}
