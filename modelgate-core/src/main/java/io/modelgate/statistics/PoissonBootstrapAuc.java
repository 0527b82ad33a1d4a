package io.modelgate.statistics;

/**
 * ROC AUC under row weights: the rows are sorted by score once, and each resample makes one pass over the groups of
 * tied scores accumulating the weighted Mann-Whitney count {@code Σ w_pos · (w_neg below + w_neg tied / 2)}, kept
 * exactly as an integer (doubled), divided by {@code W_pos · W_neg}.
 */
final class PoissonBootstrapAuc implements PoissonBootstrapMetric {
    private static final int MAXIMUM_ROWS = 1 << 29;

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
        if (targets.length > MAXIMUM_ROWS) {
            throw new IllegalArgumentException("At most " + MAXIMUM_ROWS + " rows, got " + targets.length);
        }
        int[] order = DeLongRanks.order(predictions);
        // One int per sorted row: row index << 2 | (last of its tie group) << 1 | (positive), so a resample reads a
        // single sequential stream plus the weights, and branches only at group ends (rare mispredictions).
        int[] codes = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            boolean last = k + 1 == order.length || predictions[order[k + 1]] != predictions[order[k]];
            codes[k] = order[k] << 2 | (last ? 2 : 0) | (targets[order[k]] == 1 ? 1 : 0);
        }
        return new Ranks(codes);
    }

    /** One model's rows in score order, evaluated one resample at a time or a whole group at once. */
    static final class Ranks implements PoissonBootstrapGroup {
        /** Rows gathered into score order at a time. */
        private static final int BLOCK = 4096;

        private final int[] codes;
        /** Whether position {@code k} of the weights is the k-th row in score order: no gather needed. */
        private final boolean sequential;

        Ranks(final int[] codes) {
            this.codes = codes;
            boolean inScoreOrder = true;
            for (int k = 0; k < codes.length && inScoreOrder; k++) {
                inScoreOrder = codes[k] >>> 2 == k;
            }
            this.sequential = inScoreOrder;
        }

        /** @return the rows in ascending order of score */
        int[] order() {
            int[] order = new int[codes.length];
            for (int k = 0; k < order.length; k++) {
                order[k] = codes[k] >>> 2;
            }
            return order;
        }

        @Override
        public Ranks inOrder(final int[] order, final int[] positions) {
            int[] moved = new int[codes.length];
            for (int k = 0; k < moved.length; k++) {
                moved[k] = positions[codes[k] >>> 2] << 2 | codes[k] & 3;
            }
            return new Ranks(moved);
        }

        @Override
        public double value(final byte[] weights) {
            return PoissonBootstrapAuc.value(weights, codes);
        }

        @Override
        public void values(final byte[] weights, final int group, final int count, final double[] out) {
            long[] twiceU = new long[count];
            long[] negativesBelow = new long[count];
            long[] positivesTotal = new long[count];
            long[] tiedPositives = new long[count];
            long[] tiedWeight = new long[count];
            boolean tied = false;
            byte[] block = sequential ? weights : new byte[BLOCK * group];
            for (int from = 0; from < codes.length; from += BLOCK) {
                int to = Math.min(codes.length, from + BLOCK);
                // gather the block's rows in score order first: independent copies let the memory system fetch
                // many rows at once, where the walk below would wait for each row in turn
                for (int index = from; index < to && !sequential; index++) {
                    System.arraycopy(weights, (codes[index] >>> 2) * group, block, (index - from) * group, count);
                }
                int shift = sequential ? 0 : from;
                for (int index = from; index < to; index++) {
                    int code = codes[index];
                    int base = (index - shift) * group;
                    boolean last = (code & 2) != 0;
                    if (last && !tied) {
                        // a score no other row has: its tie group is itself, so the general update below reduces
                        // to adding the row's weight to the negatives below, or its U contribution w·2·negativesBelow
                        if ((code & 1) == 0) {
                            for (int k = 0; k < count; k++) {
                                negativesBelow[k] += block[base + k];
                            }
                        } else {
                            for (int k = 0; k < count; k++) {
                                long w = block[base + k];
                                twiceU[k] += w * (2 * negativesBelow[k]);
                                positivesTotal[k] += w;
                            }
                        }
                        continue;
                    }
                    long positive = -(code & 1);
                    for (int k = 0; k < count; k++) {
                        int w = block[base + k];
                        tiedPositives[k] += w & positive;
                        tiedWeight[k] += w;
                    }
                    tied = !last;
                    if (last) {
                        for (int k = 0; k < count; k++) {
                            long tiedNegatives = tiedWeight[k] - tiedPositives[k];
                            twiceU[k] += tiedPositives[k] * (2 * negativesBelow[k] + tiedNegatives);
                            negativesBelow[k] += tiedNegatives;
                            positivesTotal[k] += tiedPositives[k];
                            tiedPositives[k] = 0;
                            tiedWeight[k] = 0;
                        }
                    }
                }
            }
            for (int k = 0; k < count; k++) {
                out[k] = positivesTotal[k] == 0 || negativesBelow[k] == 0
                        ? Double.NaN
                        : twiceU[k] / (2.0 * positivesTotal[k] * negativesBelow[k]);
            }
        }
    }

    private static double value(final byte[] weights, final int[] codes) {
        long twiceU = 0;
        long negativesBelow = 0;
        long positivesTotal = 0;
        long tiedPositives = 0;
        long tiedWeight = 0;
        for (int code : codes) {
            int w = weights[code >>> 2];
            tiedPositives += w & -(code & 1);
            tiedWeight += w;
            if ((code & 2) != 0) {
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
