package io.modelgate.statistics;

import java.util.Arrays;

/**
 * Exact counts of the distinct values of a numeric stream while there are at most a cap of them; past the cap it
 * only remembers that there were more. Whether the cap was passed, and every count below it, does not depend on the
 * order of values or on how the stream was split and merged. Linear search over at most {@code cap} values keeps
 * the per-value cost small and allocation-free.
 */
public final class ValueCounts {
    private final int cap;
    private double[] values;
    private long[] counts;
    private int size;
    private boolean overflowed;

    /**
     * Creates empty counts.
     *
     * @param cap the largest number of distinct values counted exactly
     */
    public ValueCounts(final int cap) {
        this.cap = cap;
        this.values = new double[cap];
        this.counts = new long[cap];
    }

    /** @param value the next value; NaN must be filtered by the caller */
    public void add(final double value) {
        if (overflowed) {
            return;
        }
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                counts[i]++;
                return;
            }
        }
        if (size == cap) {
            overflowed = true;
            values = new double[0];
            counts = new long[0];
            size = 0;
            return;
        }
        values[size] = value;
        counts[size++] = 1;
    }

    /**
     * Returns the counts of both streams; neither input changes.
     *
     * @param other counts of another stream, same cap
     * @return the combined counts
     */
    public ValueCounts merged(final ValueCounts other) {
        ValueCounts result = new ValueCounts(Math.min(cap, other.cap));
        for (ValueCounts part : new ValueCounts[] {this, other}) {
            if (part.overflowed) {
                result.overflowed = true;
                return result;
            }
            for (int i = 0; i < part.size; i++) {
                result.add(part.values[i], part.counts[i]);
            }
        }
        return result;
    }

    private void add(final double value, final long count) {
        add(value);
        if (!overflowed) {
            for (int i = 0; i < size; i++) {
                if (values[i] == value) {
                    counts[i] += count - 1;
                    return;
                }
            }
        }
    }

    /** @return whether there were more distinct values than the cap */
    public boolean isOverflowed() {
        return overflowed;
    }

    /** @return the distinct values, ascending; empty when overflowed */
    public double[] distinctValues() {
        return Arrays.stream(values, 0, size).sorted().toArray();
    }

    /**
     * Returns the count of a value.
     *
     * @param value a value
     * @return its count, 0 when unseen or overflowed
     */
    public long count(final double value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return counts[i];
            }
        }
        return 0;
    }
}
