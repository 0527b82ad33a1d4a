package io.modelgate.monitoring;

import io.modelgate.statistics.PoissonBootstrap;

/**
 * The settings of a performance gate.
 *
 * @param metric the watched metric; default AUC for a classifier, RMSE for a regression
 * @param baseline its value at release, or {@code null} when none was given (windows are then INACTIVE)
 * @param tolerance the drop tolerated beyond the baseline, in the metric's units, at least 0; default 0.01
 * @param confidenceLevel the bootstrap interval's two-sided level, in (0, 1); default 0.95
 * @param resamples the bootstrap resamples, at least 1; default 1000
 * @param seed the bootstrap seed; default 42
 * @param minRows the labelled rows a window needs for a verdict, at least 1; default 200
 */
public record PerformancePolicy(
        MonitoredMetric metric,
        Baseline baseline,
        double tolerance,
        double confidenceLevel,
        int resamples,
        long seed,
        long minRows) {
    /** The bootstrap seed unless the caller says otherwise. */
    public static final long DEFAULT_SEED = 42;

    /**
     * Validates the settings.
     *
     * @param metric the metric
     * @param baseline the baseline or {@code null}
     * @param tolerance the tolerance
     * @param confidenceLevel the level
     * @param resamples the resamples
     * @param seed the seed
     * @param minRows the minimum rows
     */
    public PerformancePolicy {
        if (!(tolerance >= 0) || !(confidenceLevel > 0 && confidenceLevel < 1) || resamples < 1 || minRows < 1) {
            throw new IllegalArgumentException("A performance policy needs tolerance >= 0, a confidence level in"
                    + " (0, 1), resamples >= 1 and minimum rows >= 1; got " + tolerance + ", " + confidenceLevel
                    + ", " + resamples + ", " + minRows);
        }
        if (baseline != null && baseline.metric() != metric) {
            throw new IllegalArgumentException(
                    "The baseline is for " + baseline.metric().key() + " but the watched metric is " + metric.key());
        }
    }

    /**
     * Creates the default settings for a metric.
     *
     * @param metric the metric
     * @param baseline its value at release, or {@code null}
     * @return tolerance 0.01, level 0.95, 1000 resamples, seed 42, 200 rows
     */
    public static PerformancePolicy defaults(final MonitoredMetric metric, final Baseline baseline) {
        return new PerformancePolicy(
                metric,
                baseline,
                PerformanceMonitor.DEFAULT_TOLERANCE,
                0.95,
                PoissonBootstrap.DEFAULT_RESAMPLES,
                DEFAULT_SEED,
                PerformanceMonitor.DEFAULT_MIN_ROWS);
    }

    /** @return the value the interval must not lie entirely beyond; NaN without a baseline */
    public double bound() {
        if (baseline == null) {
            return Double.NaN;
        }
        return metric.isHigherBetter() ? baseline.value() - tolerance : baseline.value() + tolerance;
    }

    /**
     * @param value the tolerance
     * @return these settings with another tolerance
     */
    public PerformancePolicy withTolerance(final double value) {
        return new PerformancePolicy(metric, baseline, value, confidenceLevel, resamples, seed, minRows);
    }

    /**
     * @param value the minimum labelled rows per window
     * @return these settings with another minimum
     */
    public PerformancePolicy withMinRows(final long value) {
        return new PerformancePolicy(metric, baseline, tolerance, confidenceLevel, resamples, seed, value);
    }

    /**
     * @param value the resamples
     * @return these settings with another number of resamples
     */
    public PerformancePolicy withResamples(final int value) {
        return new PerformancePolicy(metric, baseline, tolerance, confidenceLevel, value, seed, minRows);
    }
}
