package io.modelgate.statistics;

/**
 * ROC AUC under row weights: the rows are sorted by score once, and each resample makes one pass over the groups of
 * tied scores accumulating the weighted Mann-Whitney count {@code Σ w_pos · (w_neg below + w_neg tied / 2)}, kept
 * exactly as an integer (doubled), divided by {@code W_pos · W_neg}.
 */
final class PoissonBootstrapAuc implements PoissonBootstrapMetric {
    private static final int POSITIVE = 1;
    private static final int LAST = 2;

    @Override
    public String name() {
        return "auc";
    }

    @Override
    public Prepared prepare(final double[] targets, final double[] predictions) {
        checkLengths(targets, predictions);
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] != 0 && targets[i] != 1) {
                throw new IllegalArgumentException("Row " + (i + 1) + " needs a 0/1 label, got " + targets[i]);
            }
        }
        int[] order = ScoreOrder.ascending(predictions);
        // per position in score order: (last of its tie group) << 1 | (positive)
        byte[] flags = new byte[order.length];
        for (int k = 0; k < order.length; k++) {
            boolean last = k + 1 == order.length || predictions[order[k + 1]] != predictions[order[k]];
            flags[k] = (byte) ((last ? LAST : 0) | (targets[order[k]] == 1 ? POSITIVE : 0));
        }
        return new Ranks(order, flags);
    }

    /** One model's rows in score order, evaluated one resample at a time or a whole group at once. */
    static final class Ranks implements PoissonBootstrapGroup {
        private final int[] order;
        private final byte[] flags;

        Ranks(final int[] order, final byte[] flags) {
            this.order = order;
            this.flags = flags;
        }

        /** @return the rows in ascending order of score */
        @Override
        public int[] order() {
            return order;
        }

        @Override
        public double value(final byte[] weights) {
            return PoissonBootstrapAuc.value(weights, order, flags);
        }

        /**
         * The weighted Mann-Whitney count of each resample, in doubles: every term is an integer, so the sums are
         * exact while {@code 2·W₊·W₋} stays below 2⁵³ (about 60 million rows of Poisson(1) weights), and rounded
         * to double precision beyond.
         */
        @Override
        public Sums sums() {
            return new Sums() {
                private final double[] twiceU = new double[PoissonBootstrapWeights.WIDTH];
                private final double[] negativesBelow = new double[PoissonBootstrapWeights.WIDTH];
                private final double[] positivesTotal = new double[PoissonBootstrapWeights.WIDTH];
                private final double[] tiedPositives = new double[PoissonBootstrapWeights.WIDTH];
                private final double[] tiedWeight = new double[PoissonBootstrapWeights.WIDTH];
                private boolean tied;

                @Override
                public void add(final int position, final double[] weights) {
                    int code = flags[position];
                    boolean last = (code & LAST) != 0;
                    if (last && !tied) {
                        // a score no other row has: its tie group is itself, so the general update below reduces
                        // to adding the row's weight to the negatives below, or its U contribution w·2·negativesBelow
                        if ((code & POSITIVE) == 0) {
                            for (int k = 0; k < PoissonBootstrapWeights.WIDTH; k++) {
                                negativesBelow[k] += weights[k];
                            }
                        } else {
                            for (int k = 0; k < PoissonBootstrapWeights.WIDTH; k++) {
                                twiceU[k] += weights[k] * (2 * negativesBelow[k]);
                                positivesTotal[k] += weights[k];
                            }
                        }
                        return;
                    }
                    double positive = code & POSITIVE;
                    for (int k = 0; k < PoissonBootstrapWeights.WIDTH; k++) {
                        tiedPositives[k] += weights[k] * positive;
                        tiedWeight[k] += weights[k];
                    }
                    tied = !last;
                    if (last) {
                        for (int k = 0; k < PoissonBootstrapWeights.WIDTH; k++) {
                            double tiedNegatives = tiedWeight[k] - tiedPositives[k];
                            twiceU[k] += tiedPositives[k] * (2 * negativesBelow[k] + tiedNegatives);
                            negativesBelow[k] += tiedNegatives;
                            positivesTotal[k] += tiedPositives[k];
                            tiedPositives[k] = 0;
                            tiedWeight[k] = 0;
                        }
                    }
                }

                @Override
                public void values(final double[] out) {
                    for (int k = 0; k < out.length; k++) {
                        out[k] = positivesTotal[k] == 0 || negativesBelow[k] == 0
                                ? Double.NaN
                                : twiceU[k] / (2.0 * positivesTotal[k] * negativesBelow[k]);
                    }
                }
            };
        }
    }

    private static double value(final byte[] weights, final int[] order, final byte[] flags) {
        long twiceU = 0;
        long negativesBelow = 0;
        long positivesTotal = 0;
        long tiedPositives = 0;
        long tiedWeight = 0;
        for (int k = 0; k < order.length; k++) {
            int w = weights[order[k]];
            int code = flags[k];
            tiedPositives += w & -(code & POSITIVE);
            tiedWeight += w;
            if ((code & LAST) != 0) {
                long tiedNegatives = tiedWeight - tiedPositives;
                twiceU += tiedPositives * (2 * negativesBelow + tiedNegatives);
                negativesBelow += tiedNegatives;
                positivesTotal += tiedPositives;
                tiedPositives = 0;
                tiedWeight = 0;
            }
        }
        if (positivesTotal == 0 || negativesBelow == 0) {
            return Double.NaN;
        }
        return twiceU / (2.0 * positivesTotal * negativesBelow);
    }

    static void checkLengths(final double[] targets, final double[] predictions) {
        if (targets.length != predictions.length) {
            throw new IllegalArgumentException("Got " + targets.length + " targets but " + predictions.length
                    + " predictions; every row needs both");
        }
    }
}
