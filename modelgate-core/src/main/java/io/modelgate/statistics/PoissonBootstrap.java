package io.modelgate.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Paired Poisson bootstrap confidence intervals for the difference of metrics between a champion and a candidate
 * scored on the same rows (Hanley &amp; MacGibbon 2006; Chamandy et al. 2012; TFMA's {@code POISSON_BOOTSTRAP}).
 *
 * <p>Each resample gives every row a Poisson(1) weight, the streaming stand-in for drawing n rows with replacement,
 * and applies the SAME weights to both models, so the interval reflects the pairing (the models' errors on the same
 * rows are correlated; resampling them independently would widen it). The interval is the percentile interval
 * (Efron &amp; Tibshirani 1993, ch. 13) of the resampled differences candidate − champion, with linear interpolation
 * between order statistics (numpy's default). BCa is not used: its acceleration needs a jackknife over all n rows,
 * n more metric evaluations, which is out of reach at a million rows, and the metric differences compared here are
 * close to symmetric. Defaults: {@value #DEFAULT_RESAMPLES} resamples; fewer than about 200 make the 2.5 % tail
 * rest on 5 values. Resamples whose metric is undefined (no weight on a class for AUC) are left out and counted.
 *
 * <p>Resamples go in groups of up to 64; group g draws its weights from the g-th stream split off
 * {@code new SplittableRandom(seed)}, row after row, so the result is identical whatever the number of threads. Assumes independent rows; slices and rows need no minimum, but the interval is only
 * as good as the sample is large.
 */
public final class PoissonBootstrap {
    /** Resamples unless the policy says otherwise. */
    public static final int DEFAULT_RESAMPLES = 1000;

    /** Resamples evaluated together; their weights take {@code rows × GROUP} bytes per thread. */
    private static final int GROUP = 64;

    private static final long MAXIMUM_BLOCK = Integer.MAX_VALUE - 16;

    private final int resamples;
    private final long seed;
    private final int threads;

    /**
     * Creates a bootstrap.
     *
     * @param resamples the number of resamples, at least 1
     * @param seed the seed of the root stream
     * @param threads the number of threads, at least 1
     */
    public PoissonBootstrap(final int resamples, final long seed, final int threads) {
        if (resamples < 1 || threads < 1) {
            throw new IllegalArgumentException(
                    "Resamples and threads must be positive, got " + resamples + " and " + threads);
        }
        this.resamples = resamples;
        this.seed = seed;
        this.threads = threads;
    }

    /**
     * Creates a bootstrap that uses every core.
     *
     * @param resamples the number of resamples
     * @param seed the seed
     * @return the bootstrap
     */
    public static PoissonBootstrap of(final int resamples, final long seed) {
        return new PoissonBootstrap(resamples, seed, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Computes one interval.
     *
     * @param metric the metric
     * @param targets the true values
     * @param champion the champion's predictions
     * @param candidate the candidate's predictions
     * @param confidenceLevel the two-sided level, in (0, 1)
     * @return the interval
     */
    public PoissonBootstrapResult compare(
            final PoissonBootstrapMetric metric,
            final double[] targets,
            final double[] champion,
            final double[] candidate,
            final double confidenceLevel) {
        return compare(List.of(metric), targets, champion, candidate, confidenceLevel)
                .get(0);
    }

    /**
     * Computes intervals for several metrics on the same resamples.
     *
     * @param metrics the metrics
     * @param targets the true values
     * @param champion the champion's predictions
     * @param candidate the candidate's predictions
     * @param confidenceLevel the two-sided level, in (0, 1)
     * @return one interval per metric, in order
     */
    public List<PoissonBootstrapResult> compare(
            final List<PoissonBootstrapMetric> metrics,
            final double[] targets,
            final double[] champion,
            final double[] candidate,
            final double confidenceLevel) {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("Confidence level must be in (0, 1), got " + confidenceLevel);
        }
        int size = metrics.size();
        PoissonBootstrapMetric.Prepared[] first = new PoissonBootstrapMetric.Prepared[size];
        PoissonBootstrapMetric.Prepared[] second = new PoissonBootstrapMetric.Prepared[size];
        for (int m = 0; m < size; m++) {
            first[m] = metrics.get(m).prepare(targets, champion);
            second[m] = metrics.get(m).prepare(targets, candidate);
        }
        double[][] differences = resample(first, second, targets.length);
        byte[] ones = new byte[targets.length];
        Arrays.fill(ones, (byte) 1);
        List<PoissonBootstrapResult> results = new ArrayList<>(size);
        for (int m = 0; m < size; m++) {
            double championValue = first[m].value(ones);
            double candidateValue = second[m].value(ones);
            results.add(
                    interval(metrics.get(m).name(), championValue, candidateValue, differences[m], confidenceLevel));
        }
        return results;
    }

    private double[][] resample(
            final PoissonBootstrapMetric.Prepared[] first,
            final PoissonBootstrapMetric.Prepared[] second,
            final int rows) {
        int group = (int) Math.max(1, Math.min(GROUP, MAXIMUM_BLOCK / Math.max(1, rows)));
        boolean grouped = java.util.stream.Stream.concat(Arrays.stream(first), Arrays.stream(second))
                .allMatch(PoissonBootstrapGroup.class::isInstance);
        return grouped ? resampleInGroups(first, second, rows, group) : resampleOneByOne(first, second, rows, group);
    }

    /**
     * The rows in the order the weights are stored: the champion's score order when a metric is a ROC AUC (its pass
     * then reads the weights sequentially), otherwise the rows' own order ({@code null}).
     */
    private static int[] storageOrder(final PoissonBootstrapMetric.Prepared[] first) {
        for (PoissonBootstrapMetric.Prepared prepared : first) {
            if (prepared instanceof PoissonBootstrapAuc.Ranks ranks) {
                return ranks.order();
            }
        }
        return null;
    }

    private static PoissonBootstrapMetric.Prepared[] inOrder(
            final PoissonBootstrapMetric.Prepared[] prepared, final int[] order, final int[] positions) {
        return order == null
                ? prepared
                : Arrays.stream(prepared)
                        .map(metric -> ((PoissonBootstrapGroup) metric).inOrder(order, positions))
                        .toArray(PoissonBootstrapMetric.Prepared[]::new);
    }

    /**
     * Resamples {@code group} at a time (see {@link PoissonBootstrapGroup}); mean-loss differences as one weighted
     * mean of per-row differences ({@link PoissonBootstrapDifferences}).
     */
    private double[][] resampleInGroups(
            final PoissonBootstrapMetric.Prepared[] firstInRowOrder,
            final PoissonBootstrapMetric.Prepared[] secondInRowOrder,
            final int rows,
            final int group) {
        int[] order = storageOrder(firstInRowOrder);
        int[] positions = null;
        if (order != null) {
            positions = new int[rows];
            for (int p = 0; p < rows; p++) {
                positions[order[p]] = p;
            }
        }
        PoissonBootstrapMetric.Prepared[] first = inOrder(firstInRowOrder, order, positions);
        PoissonBootstrapMetric.Prepared[] second = inOrder(secondInRowOrder, order, positions);
        int metrics = first.length;
        PoissonBootstrapDifferences means = PoissonBootstrapDifferences.of(first, second);
        int[] others = java.util.stream.IntStream.range(0, metrics)
                .filter(m -> !means.handles(m))
                .toArray();
        PoissonBootstrapGroup[] both = new PoissonBootstrapGroup[2 * others.length];
        for (int o = 0; o < others.length; o++) {
            both[o] = (PoissonBootstrapGroup) first[others[o]];
            both[others.length + o] = (PoissonBootstrapGroup) second[others[o]];
        }
        double[][] differences = new double[metrics][resamples];
        new PoissonBootstrapGroups(resamples, group, seed, threads).run(rows, () -> {
            double[][] values = new double[both.length][group];
            return (weights, start, count) -> {
                means.values(weights, group, count, start, differences);
                evaluate(both, weights, group, count, values);
                for (int o = 0; o < others.length; o++) {
                    for (int k = 0; k < count; k++) {
                        differences[others[o]][start + k] = values[others.length + o][k] - values[o][k];
                    }
                }
            };
        });
        return differences;
    }

    private static void evaluate(
            final PoissonBootstrapGroup[] prepared,
            final byte[] weights,
            final int group,
            final int count,
            final double[][] values) {
        java.util.List<Integer> losses = new ArrayList<>();
        for (int p = 0; p < prepared.length; p++) {
            if (prepared[p] instanceof PoissonBootstrapLosses.Losses) {
                losses.add(p);
            } else {
                prepared[p].values(weights, group, count, values[p]);
            }
        }
        if (!losses.isEmpty()) {
            PoissonBootstrapLosses.Losses.values(
                    losses.stream()
                            .map(p -> (PoissonBootstrapLosses.Losses) prepared[p])
                            .toArray(PoissonBootstrapLosses.Losses[]::new),
                    weights,
                    group,
                    count,
                    losses.stream().map(p -> values[p]).toArray(double[][]::new));
        }
    }

    /**
     * Resamples metrics of any kind one at a time, with the weights of the grouped path in the rows' own order: each
     * group's block is drawn as there, and each resample's column is copied out of it.
     */
    private double[][] resampleOneByOne(
            final PoissonBootstrapMetric.Prepared[] first,
            final PoissonBootstrapMetric.Prepared[] second,
            final int rows,
            final int group) {
        double[][] differences = new double[first.length][resamples];
        new PoissonBootstrapGroups(resamples, group, seed, threads).run(rows, () -> {
            byte[] weights = new byte[rows];
            return (block, start, count) -> {
                for (int k = 0; k < count; k++) {
                    for (int i = 0; i < rows; i++) {
                        weights[i] = block[i * group + k];
                    }
                    for (int m = 0; m < first.length; m++) {
                        differences[m][start + k] = second[m].value(weights) - first[m].value(weights);
                    }
                }
            };
        });
        return differences;
    }

    private static PoissonBootstrapResult interval(
            final String metric,
            final double champion,
            final double candidate,
            final double[] differences,
            final double confidenceLevel) {
        double[] defined = Arrays.stream(differences)
                .filter(d -> !Double.isNaN(d))
                .sorted()
                .toArray();
        double tail = (1 - confidenceLevel) / 2;
        return new PoissonBootstrapResult(
                metric,
                champion,
                candidate,
                candidate - champion,
                confidenceLevel,
                quantile(defined, tail),
                quantile(defined, 1 - tail),
                standardDeviation(defined),
                defined.length);
    }

    /** Linear interpolation between order statistics at {@code (n − 1) p}, numpy's default ("type 7"). */
    static double quantile(final double[] sorted, final double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = (sorted.length - 1) * p;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
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
