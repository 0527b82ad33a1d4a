package io.modelgate.comparison;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wall-clock split of one holdout comparison, for the evidence's {@code timings} section: loading
 * both models, scoring the holdout, the statistics (bootstrap intervals, McNemar, DeLong, slices, curves) and the
 * risk checks, each in seconds, and the statistics' share of the whole. Measured with {@link System#nanoTime()} in
 * this JVM; JVM start-up and writing the reports are not included. A record of this run, not a benchmark.
 */
final class Timings {
    private Timings() {}

    static Map<String, Object> of(
            final long started, final long loaded, final long scored, final long compared, final long assessed) {
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("loadSeconds", seconds(loaded - started));
        timings.put("scoringSeconds", seconds(scored - loaded));
        timings.put("statisticsSeconds", seconds(compared - scored));
        timings.put("riskSeconds", seconds(assessed - compared));
        timings.put("totalSeconds", seconds(assessed - started));
        timings.put("statisticsShare", (double) (compared - scored) / Math.max(1, assessed - started));
        return timings;
    }

    private static double seconds(final long nanos) {
        return nanos / 1e9;
    }
}
