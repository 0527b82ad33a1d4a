package io.modelgate.deployment;

import java.util.Arrays;

/** Percentiles of request latencies by the nearest-rank method (the smallest value with at least p % at or below). */
final class Latencies {
    private final long[] sorted;

    Latencies(final long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    int count() {
        return sorted.length;
    }

    /** @return the percentile in milliseconds, NaN without values */
    double millis(final double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }
}
