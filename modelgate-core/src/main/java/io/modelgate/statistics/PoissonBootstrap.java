package io.modelgate.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
 * <p>Resamples go in groups of {@value PoissonBootstrapWeights#WIDTH}. A row's weights in group g are a function of
 * the key {@code key(seed, g)} and the row alone (counter-based SplitMix64, {@link PoissonBootstrapWeights#row}), so
 * the result is identical whatever the number of threads, whichever model's score order a pass reads the rows in,
 * and with the champion and candidate swapped (the interval then flips, up to rounding). Assumes independent rows;
 * slices and rows need no minimum, but the interval is only as good as the sample is large.
 */
public final class PoissonBootstrap {
    /** Resamples unless the policy says otherwise. */
    public static final int DEFAULT_RESAMPLES = 1000;

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
        // the two models' preparation (sorting, per-row losses, point values) is independent: the candidate's on a
        // second core
        CompletableFuture<Side> candidatePreparing =
                CompletableFuture.supplyAsync(() -> Side.of(metrics, targets, candidate));
        Side championSide = Side.of(metrics, targets, champion);
        Side candidateSide = join(candidatePreparing);
        double[][] differences = resample(championSide.prepared(), candidateSide.prepared(), targets.length);
        List<PoissonBootstrapResult> results = new ArrayList<>(metrics.size());
        for (int m = 0; m < metrics.size(); m++) {
            results.add(interval(
                    metrics.get(m).name(),
                    championSide.values()[m],
                    candidateSide.values()[m],
                    differences[m],
                    confidenceLevel));
        }
        return results;
    }

    /** One model's prepared metrics and their values on the holdout itself (every weight 1). */
    private record Side(PoissonBootstrapMetric.Prepared[] prepared, double[] values) {
        static Side of(final List<PoissonBootstrapMetric> metrics, final double[] targets, final double[] predictions) {
            PoissonBootstrapMetric.Prepared[] prepared = new PoissonBootstrapMetric.Prepared[metrics.size()];
            double[] values = new double[metrics.size()];
            byte[] ones = new byte[targets.length];
            Arrays.fill(ones, (byte) 1);
            for (int m = 0; m < prepared.length; m++) {
                prepared[m] = metrics.get(m).prepare(targets, predictions);
                values[m] = prepared[m].value(ones);
            }
            return new Side(prepared, values);
        }
    }

    private static <T> T join(final CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException exception) {
            if (exception.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw exception;
        }
    }

    private double[][] resample(
            final PoissonBootstrapMetric.Prepared[] first,
            final PoissonBootstrapMetric.Prepared[] second,
            final int rows) {
        boolean grouped = java.util.stream.Stream.concat(Arrays.stream(first), Arrays.stream(second))
                .allMatch(PoissonBootstrapGroup.class::isInstance);
        return grouped ? resampleInGroups(first, second, rows) : resampleOneByOne(first, second, rows);
    }

    /**
     * Resamples a group at a time (see {@link PoissonBootstrapGroup}); mean-loss differences as one weighted mean of
     * per-row differences ({@link PoissonBootstrapDifferences}). One pass over the rows per order: the first ROC
     * AUC's score order (or the rows' own) serves the differences, the losses and that AUC; another AUC (the other
     * model's) has a pass of its own.
     */
    private double[][] resampleInGroups(
            final PoissonBootstrapMetric.Prepared[] first,
            final PoissonBootstrapMetric.Prepared[] second,
            final int rows) {
        int metrics = first.length;
        PoissonBootstrapDifferences differencesInRowOrder = PoissonBootstrapDifferences.of(first, second);
        int[] others = java.util.stream.IntStream.range(0, metrics)
                .filter(m -> !differencesInRowOrder.handles(m))
                .toArray();
        PoissonBootstrapGroup[] both = new PoissonBootstrapGroup[2 * others.length];
        for (int o = 0; o < others.length; o++) {
            both[o] = (PoissonBootstrapGroup) first[others[o]];
            both[others.length + o] = (PoissonBootstrapGroup) second[others[o]];
        }
        int[] shared = Arrays.stream(both)
                .map(PoissonBootstrapGroup::order)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        PoissonBootstrapDifferences means = differencesInRowOrder.inOrder(shared);
        List<int[]> orders = new ArrayList<>();
        orders.add(shared);
        int[] passOf = new int[both.length];
        for (int b = 0; b < both.length; b++) {
            both[b] = inOrder(both[b], shared);
            int[] order = both[b].order();
            int pass = order == null ? 0 : indexOf(orders, order);
            if (pass < 0) {
                orders.add(order);
                pass = orders.size() - 1;
            }
            passOf[b] = pass;
        }
        double[][] differences = new double[metrics][resamples];
        new PoissonBootstrapGroups(resamples, seed, threads).run(() -> {
            double[] weights = new double[PoissonBootstrapWeights.WIDTH];
            double[] championValues = new double[PoissonBootstrapWeights.WIDTH];
            double[] candidateValues = new double[PoissonBootstrapWeights.WIDTH];
            return (key, start, count) -> {
                PoissonBootstrapDifferences.Sums meanSums = means.sums();
                PoissonBootstrapGroup.Sums[] sums =
                        Arrays.stream(both).map(PoissonBootstrapGroup::sums).toArray(PoissonBootstrapGroup.Sums[]::new);
                for (int pass = 0; pass < orders.size(); pass++) {
                    List<PoissonBootstrapGroup.Rows> members = new ArrayList<>();
                    if (pass == 0 && !means.isEmpty()) {
                        members.add(meanSums);
                    }
                    for (int b = 0; b < both.length; b++) {
                        if (passOf[b] == pass) {
                            members.add(sums[b]);
                        }
                    }
                    pass(key, orders.get(pass), rows, members.toArray(PoissonBootstrapGroup.Rows[]::new), weights);
                }
                meanSums.values(start, count, differences);
                for (int o = 0; o < others.length; o++) {
                    sums[o].values(championValues);
                    sums[others.length + o].values(candidateValues);
                    for (int k = 0; k < count; k++) {
                        differences[others[o]][start + k] = candidateValues[k] - championValues[k];
                    }
                }
            };
        });
        return differences;
    }

    /** Draws each row's weights once, in the pass's order, and adds the row to every member of the pass. */
    private static void pass(
            final long key,
            final int[] order,
            final int rows,
            final PoissonBootstrapGroup.Rows[] members,
            final double[] weights) {
        if (members.length == 0) {
            return;
        }
        for (int p = 0; p < rows; p++) {
            PoissonBootstrapWeights.row(key, order == null ? p : order[p], weights);
            for (PoissonBootstrapGroup.Rows member : members) {
                member.add(p, weights);
            }
        }
    }

    /** Lays a metric that reads the rows in any order (mean losses) out for the shared pass. */
    private static PoissonBootstrapGroup inOrder(final PoissonBootstrapGroup metric, final int[] shared) {
        if (metric.order() != null || shared == null) {
            return metric;
        }
        if (metric instanceof PoissonBootstrapLosses.Losses losses) {
            return losses.inOrder(shared);
        }
        throw new IllegalStateException("No way to lay " + metric + " out in score order");
    }

    private static int indexOf(final List<int[]> orders, final int[] order) {
        for (int pass = 0; pass < orders.size(); pass++) {
            if (orders.get(pass) == order) {
                return pass;
            }
        }
        return -1;
    }

    /**
     * Resamples metrics of any kind one at a time, with the weights of the grouped path: each group's weights are
     * drawn row by row, and each resample's column is evaluated in the rows' own order.
     */
    private double[][] resampleOneByOne(
            final PoissonBootstrapMetric.Prepared[] first,
            final PoissonBootstrapMetric.Prepared[] second,
            final int rows) {
        double[][] differences = new double[first.length][resamples];
        new PoissonBootstrapGroups(resamples, seed, threads).run(() -> {
            double[] row = new double[PoissonBootstrapWeights.WIDTH];
            byte[][] columns = new byte[PoissonBootstrapWeights.WIDTH][rows];
            return (key, start, count) -> {
                for (int i = 0; i < rows; i++) {
                    PoissonBootstrapWeights.row(key, i, row);
                    for (int k = 0; k < count; k++) {
                        columns[k][i] = (byte) row[k];
                    }
                }
                for (int k = 0; k < count; k++) {
                    for (int m = 0; m < first.length; m++) {
                        differences[m][start + k] = second[m].value(columns[k]) - first[m].value(columns[k]);
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
