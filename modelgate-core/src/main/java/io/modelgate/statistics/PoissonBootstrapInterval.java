package io.modelgate.statistics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Poisson bootstrap confidence interval for one model's metric on one sample (the unpaired sibling of
 * {@link PoissonBootstrap}; Hanley &amp; MacGibbon 2006, Chamandy et al. 2012): each resample gives every row a
 * Poisson(1) weight, the metric is evaluated under those weights, and the interval is the percentile interval of the
 * resampled values (Efron &amp; Tibshirani 1993, ch. 13), interpolated like numpy's default. Resample r draws from the
 * r-th stream split off {@code new SplittableRandom(seed)}, so results are reproducible. Assumes independent rows;
 * resamples with an undefined metric (no positive left for AUC) are left out and counted.
 */
public final class PoissonBootstrapInterval {
    private final int resamples;
    private final long seed;

    /**
     * Creates a bootstrap.
     *
     * @param resamples the number of resamples, at least 1
     * @param seed the seed of the root stream
     */
    public PoissonBootstrapInterval(final int resamples, final long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("Resamples must be positive, got " + resamples);
        }
        this.resamples = resamples;
        this.seed = seed;
    }

    /**
     * Computes the interval of a metric.
     *
     * @param metric the metric
     * @param targets the true values (0/1 labels for classification metrics)
     * @param predictions the model's predictions (probability of class 1 for classification metrics)
     * @param confidenceLevel the two-sided level, in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException when the lengths differ or a value is outside the metric's domain
     */
    public MetricInterval estimate(
            final PoissonBootstrapMetric metric,
            final double[] targets,
            final double[] predictions,
            final double confidenceLevel) {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("Confidence level must be in (0, 1), got " + confidenceLevel);
        }
        PoissonBootstrapMetric.Prepared prepared = metric.prepare(targets, predictions);
        byte[] weights = new byte[targets.length];
        Arrays.fill(weights, (byte) 1);
        double value = prepared.value(weights);
        SplittableRandom root = new SplittableRandom(seed);
        double[] values = new double[resamples];
        int defined = 0;
        for (int r = 0; r < resamples; r++) {
            PoissonBootstrapWeights.fill(root.split(), weights);
            double resampled = prepared.value(weights);
            if (!Double.isNaN(resampled)) {
                values[defined++] = resampled;
            }
        }
        double[] sorted = Arrays.copyOf(values, defined);
        Arrays.sort(sorted);
        double tail = (1 - confidenceLevel) / 2;
        return new MetricInterval(
                metric.name(),
                value,
                confidenceLevel,
                PoissonBootstrap.quantile(sorted, tail),
                PoissonBootstrap.quantile(sorted, 1 - tail),
                standardDeviation(sorted),
                defined);
    }

    private static double standardDeviation(final double[] values) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double mean = Arrays.stream(values).average().orElse(Double.NaN);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
