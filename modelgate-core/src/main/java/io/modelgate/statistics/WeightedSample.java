package io.modelgate.statistics;

import java.util.Arrays;

/**
 * An empirical distribution given by distinct sorted values and the cumulative count of values up to and including
 * each: what a {@link QuantileSketch} or exact value counts stand for.
 *
 * @param values the distinct values, ascending
 * @param cumulative the number of values at or below each value; the last one is the total
 */
public record WeightedSample(double[] values, long[] cumulative) {
    /** The distribution of no values. */
    public static final WeightedSample EMPTY = new WeightedSample(new double[0], new long[0]);

    /**
     * Builds a sample from sorted values with cumulative weights, folding repeated values into one.
     *
     * @param sorted the values, ascending, possibly repeated
     * @param cumulativeWeights the cumulative weight at each position
     * @return the sample
     */
    public static WeightedSample of(final double[] sorted, final long[] cumulativeWeights) {
        double[] values = new double[sorted.length];
        long[] cumulative = new long[sorted.length];
        int size = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (size > 0 && values[size - 1] == sorted[i]) {
                cumulative[size - 1] = cumulativeWeights[i];
            } else {
                values[size] = sorted[i];
                cumulative[size] = cumulativeWeights[i];
                size++;
            }
        }
        return new WeightedSample(Arrays.copyOf(values, size), Arrays.copyOf(cumulative, size));
    }

    /**
     * Builds the sample of raw values, each with weight one.
     *
     * @param data the values in any order
     * @return the sample
     */
    public static WeightedSample ofValues(final double... data) {
        double[] sorted = data.clone();
        Arrays.sort(sorted);
        long[] cumulative = new long[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            cumulative[i] = i + 1L;
        }
        return of(sorted, cumulative);
    }

    /** @return the number of values the sample stands for */
    public long total() {
        return cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
    }

    /** @return the number of distinct values */
    public int size() {
        return values.length;
    }
}
