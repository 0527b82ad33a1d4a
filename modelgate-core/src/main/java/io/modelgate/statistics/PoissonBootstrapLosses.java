package io.modelgate.statistics;

import java.util.function.DoubleBinaryOperator;

/**
 * Metrics that are a weighted mean of a per-row loss (or its square root): the loss is computed once per row, and
 * each resample costs one pass of {@code Σ w·loss / Σ w}.
 */
final class PoissonBootstrapLosses implements PoissonBootstrapMetric {
    private static final double CLIP = 1e-15;

    static final PoissonBootstrapLosses ACCURACY =
            new PoissonBootstrapLosses("accuracy", true, false, (y, p) -> (p >= 0.5) == (y == 1) ? 1 : 0);
    static final PoissonBootstrapLosses LOG_LOSS =
            new PoissonBootstrapLosses("log_loss", true, false, PoissonBootstrapLosses::logLoss);
    static final PoissonBootstrapLosses BRIER =
            new PoissonBootstrapLosses("brier", true, false, (y, p) -> (p - y) * (p - y));
    static final PoissonBootstrapLosses RMSE =
            new PoissonBootstrapLosses("rmse", false, true, (y, p) -> (p - y) * (p - y));
    static final PoissonBootstrapLosses MAE =
            new PoissonBootstrapLosses("mae", false, false, (y, p) -> Math.abs(p - y));

    private final String key;
    private final boolean binary;
    private final boolean root;
    private final DoubleBinaryOperator loss;

    private PoissonBootstrapLosses(
            final String key, final boolean binary, final boolean root, final DoubleBinaryOperator loss) {
        this.key = key;
        this.binary = binary;
        this.root = root;
        this.loss = loss;
    }

    @Override
    public String toString() {
        return key;
    }

    @Override
    public String name() {
        return key;
    }

    @Override
    public Prepared prepare(final double[] targets, final double[] predictions) {
        PoissonBootstrapAuc.checkLengths(targets, predictions);
        double[] losses = new double[targets.length];
        for (int i = 0; i < losses.length; i++) {
            double y = targets[i];
            double p = predictions[i];
            if (!Double.isFinite(p) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("Row " + (i + 1) + " has a non-finite target or prediction");
            }
            if (binary && (y != 0 && y != 1 || p < 0 || p > 1)) {
                throw new IllegalArgumentException(
                        "Row " + (i + 1) + " needs a 0/1 label and a probability, got " + y + " and " + p);
            }
            losses[i] = loss.applyAsDouble(y, p);
        }
        return new Losses(losses, root);
    }

    /** One model's per-row losses, evaluated one resample at a time or a whole group at once. */
    static final class Losses implements PoissonBootstrapGroup {
        private final double[] losses;
        private final boolean root;

        Losses(final double[] losses, final boolean root) {
            this.losses = losses;
            this.root = root;
        }

        double[] losses() {
            return losses;
        }

        boolean isRoot() {
            return root;
        }

        @Override
        public double value(final byte[] weights) {
            double sum = 0;
            long total = 0;
            for (int i = 0; i < losses.length; i++) {
                sum += weights[i] * losses[i];
                total += weights[i];
            }
            return mean(sum, total);
        }

        @Override
        public Losses inOrder(final int[] order, final int[] positions) {
            double[] moved = new double[order.length];
            for (int p = 0; p < moved.length; p++) {
                moved[p] = losses[order[p]];
            }
            return new Losses(moved, root);
        }

        @Override
        public void values(final byte[] weights, final int group, final int count, final double[] out) {
            values(new Losses[] {this}, weights, group, count, new double[][] {out});
        }

        private double mean(final double sum, final long total) {
            double mean = total == 0 ? Double.NaN : sum / total;
            return root ? Math.sqrt(mean) : mean;
        }

        /**
         * Evaluates several loss metrics for a group of resamples in one pass over the rows: each row's weights are
         * read once for all of them. Each sum runs over the rows in order, as {@link #value} does.
         *
         * @param metrics the metrics, all over the same rows
         * @param weights the group's row-major weights
         * @param group the block row width
         * @param count the resamples in use
         * @param out per metric, the value of each resample
         */
        static void values(
                final Losses[] metrics, final byte[] weights, final int group, final int count, final double[][] out) {
            int rows = metrics[0].losses.length;
            double[][] sums = new double[metrics.length][count];
            long[] totals = new long[count];
            for (int i = 0; i < rows; i++) {
                int base = i * group;
                for (int k = 0; k < count; k++) {
                    totals[k] += weights[base + k];
                }
                for (int m = 0; m < metrics.length; m++) {
                    double loss = metrics[m].losses[i];
                    double[] sum = sums[m];
                    for (int k = 0; k < count; k++) {
                        sum[k] += weights[base + k] * loss;
                    }
                }
            }
            for (int m = 0; m < metrics.length; m++) {
                for (int k = 0; k < count; k++) {
                    out[m][k] = metrics[m].mean(sums[m][k], totals[k]);
                }
            }
        }
    }

    private static double logLoss(final double y, final double p) {
        double clipped = Math.min(1 - CLIP, Math.max(CLIP, p));
        return y == 1 ? -Math.log(clipped) : -Math.log1p(-clipped);
    }
}
