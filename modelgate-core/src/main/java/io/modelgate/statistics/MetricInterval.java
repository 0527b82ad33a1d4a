package io.modelgate.statistics;

/**
 * A bootstrap confidence interval for one metric of one model: the value on the unweighted rows and the percentile
 * interval of the resampled values.
 *
 * @param metric the metric's name
 * @param value the metric on all rows
 * @param confidenceLevel the interval's two-sided level, e.g. 0.95
 * @param low the lower percentile of the resampled values
 * @param high the upper percentile of the resampled values
 * @param standardError the standard deviation of the resampled values
 * @param resamples the number of resamples that gave a defined value
 */
public record MetricInterval(
        String metric,
        double value,
        double confidenceLevel,
        double low,
        double high,
        double standardError,
        int resamples) {}
