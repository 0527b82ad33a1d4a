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

        /**
         * Lays the same losses out for a pass in another order.
         *
         * @param order the row at each position of the pass
         * @return the losses by position
         */
        Losses inOrder(final int[] order) {
            double[] moved = new double[order.length];
            for (int p = 0; p < moved.length; p++) {
                moved[p] = losses[order[p]];
            }
            return new Losses(moved, root);
        }

        @Override
        public int[] order() {
            return null;
        }

        @Override
        public Sums sums() {
            double[] sums = new double[PoissonBootstrapWeights.WIDTH];
            double[] totals = new double[PoissonBootstrapWeights.WIDTH];
            return new Sums() {
                @Override
                public void add(final int position, final double[] weights) {
                    double loss = losses[position];
                    for (int k = 0; k < PoissonBootstrapWeights.WIDTH; k++) {
                        sums[k] += weights[k] * loss;
                        totals[k] += weights[k];
                    }
                }

                @Override
                public void values(final double[] out) {
                    for (int k = 0; k < out.length; k++) {
                        out[k] = mean(sums[k], totals[k]);
                    }
                }
            };
        }

        private double mean(final double sum, final double total) {
            double mean = total == 0 ? Double.NaN : sum / total;
            return root ? Math.sqrt(mean) : mean;
        }
    }

    private static double logLoss(final double y, final double p) {
        double clipped = Math.min(1 - CLIP, Math.max(CLIP, p));
        return y == 1 ? -Math.log(clipped) : -Math.log1p(-clipped);
    }
}
