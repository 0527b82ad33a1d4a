package io.modelgate.monitoring;

import java.util.Arrays;

/**
 * The timestamps of the rows a change detector has read since it last started afresh, to name the time a change
 * began. Holds 8 bytes per row since the last detection, so at most 8 bytes per labelled prediction.
 */
final class TimestampLog {
    private long[] times = new long[1024];
    private long first = 1;
    private int size;

    void add(final long timestamp) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
        }
        times[size++] = timestamp;
    }

    /**
     * Returns the timestamp of a row.
     *
     * @param row the 1-based row, at or after the last {@link #forgetBefore(long)}
     * @return its timestamp
     */
    long at(final long row) {
        return times[(int) (row - first)];
    }

    /** Forgets every row before this one. */
    void forgetBefore(final long row) {
        int drop = (int) (row - first);
        System.arraycopy(times, drop, times, 0, size - drop);
        size -= drop;
        first = row;
    }
}
