package io.modelgate.risk;

import io.modelgate.scoring.PmmlModel;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The time the model takes to score one row, measured in this JVM: the sample's rows are scored in turn, first
 * {@code warmUp} times untimed (so that the JIT compiles the evaluator), then {@code timed} times, each scoring timed
 * alone with {@link System#nanoTime()}; p50 and p99 by the nearest-rank method. An indication on this machine, not a
 * benchmark: it includes input preparation and varies with load.
 *
 * @param p50Micros the median time per row, in microseconds
 * @param p99Micros the 99th percentile, in microseconds
 * @param scorings the timed scorings
 */
public record ScoringLatency(double p50Micros, double p99Micros, int scorings) {
    /** The least number of warm-up scorings. */
    public static final int WARM_UP = 2000;

    /** The least number of timed scorings. */
    public static final int TIMED = 2000;

    /**
     * Measures the latency.
     *
     * @param model the model
     * @param sample the rows to score, at least one
     * @param warmUp untimed scorings first
     * @param timed timed scorings, at least 1
     * @return the percentiles
     */
    public static ScoringLatency measure(
            final PmmlModel model, final HoldoutSample sample, final int warmUp, final int timed) {
        if (sample.rows().isEmpty() || timed < 1) {
            throw new IllegalArgumentException("Latency needs at least one row and one timed scoring");
        }
        List<Map<String, Object>> rows =
                sample.rows().stream().map(sample::arguments).toList();
        long sink = 0;
        for (int i = 0; i < warmUp; i++) {
            sink += model.score(rows.get(i % rows.size())).hashCode();
        }
        long[] nanos = new long[timed];
        for (int i = 0; i < timed; i++) {
            Map<String, Object> row = rows.get(i % rows.size());
            long start = System.nanoTime();
            sink += model.score(row).hashCode();
            nanos[i] = Math.max(1, System.nanoTime() - start);
        }
        Arrays.sort(nanos);
        if (sink == Long.MIN_VALUE) {
            Thread.onSpinWait(); // keeps the results alive so the scoring cannot be optimised away
        }
        return new ScoringLatency(rank(nanos, 0.50) / 1000.0, rank(nanos, 0.99) / 1000.0, timed);
    }

    private static long rank(final long[] sorted, final double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
