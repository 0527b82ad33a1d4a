package io.modelgate.statistics;

/**
 * A paired bootstrap interval for the difference of one metric between two models on the same rows: the point values
 * on the unweighted rows, the difference candidate − champion, and the percentile interval of the resampled
 * differences.
 *
 * @param metric the metric's name
 * @param champion the champion's value on all rows
 * @param candidate the candidate's value on all rows
 * @param difference candidate − champion
 * @param confidenceLevel the interval's two-sided level, e.g. 0.95
 * @param low the lower percentile of the resampled differences
 * @param high the upper percentile of the resampled differences
 * @param standardError the standard deviation of the resampled differences
 * @param resamples the number of resamples that gave a defined difference (the others had e.g. no positives)
 */
public record PoissonBootstrapResult(
        String metric,
        double champion,
        double candidate,
        double difference,
        double confidenceLevel,
        double low,
        double high,
        double standardError,
        int resamples) {}
