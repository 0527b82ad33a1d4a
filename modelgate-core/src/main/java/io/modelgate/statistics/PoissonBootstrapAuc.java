package io.modelgate.statistics;

/**
 * ROC AUC under row weights: the rows are sorted by score once, and each resample makes one pass over the groups of
 * tied scores accumulating the weighted Mann-Whitney count {@code Σ w_pos · (w_neg below + w_neg tied / 2)}, kept
 * exactly as an integer (doubled), divided by {@code W_pos · W_neg}.
 */
final class PoissonBootstrapAuc implements PoissonBootstrapMetric {
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
        int[] order = DeLongRanks.order(predictions);
        boolean[] positive = new boolean[order.length];
        int[] groupEnds = new int[order.length];
        int groups = 0;
        for (int k = 0; k < order.length; k++) {
            positive[k] = targets[order[k]] == 1;
            if (k + 1 == order.length || predictions[order[k + 1]] != predictions[order[k]]) {
                groupEnds[groups++] = k + 1;
            }
        }
        int[] ends = java.util.Arrays.copyOf(groupEnds, groups);
        return weights -> value(weights, order, positive, ends);
    }

    private static double value(final byte[] weights, final int[] order, final boolean[] positive, final int[] ends) {
        long twiceU = 0;
        long negativesBelow = 0;
        long positivesTotal = 0;
        int start = 0;
        for (int end : ends) {
            long tiedPositives = 0;
            long tiedNegatives = 0;
            for (int k = start; k < end; k++) {
                int w = weights[order[k]];
                if (positive[k]) {
                    tiedPositives += w;
                } else {
                    tiedNegatives += w;
                }
            }
            twiceU += tiedPositives * (2 * negativesBelow + tiedNegatives);
            negativesBelow += tiedNegatives;
            positivesTotal += tiedPositives;
            start = end;
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
