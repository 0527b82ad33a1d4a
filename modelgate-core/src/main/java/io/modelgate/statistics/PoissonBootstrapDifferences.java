package io.modelgate.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * The resampled differences of mean-loss metrics (accuracy, log loss, Brier score, MAE), computed as one weighted
 * mean of the per-row loss differences: {@code Σ w·(loss₂ − loss₁) / Σ w}, which equals the difference of the two
 * weighted means up to rounding (a few units in the last place), with half the work. Losses that are all 0 or 1
 * (accuracy) are summed as exact integers. One pass over a group's rows serves every such metric.
 */
final class PoissonBootstrapDifferences {
    private final int[] metrics;
    private final double[][] realDifferences;
    private final int[] realMetrics;
    private final byte[][] countDifferences;
    private final int[] countMetrics;

    private PoissonBootstrapDifferences(
            final List<Integer> reals,
            final List<double[]> realColumns,
            final List<Integer> counts,
            final List<byte[]> countColumns) {
        this.realMetrics = reals.stream().mapToInt(Integer::intValue).toArray();
        this.realDifferences = realColumns.toArray(double[][]::new);
        this.countMetrics = counts.stream().mapToInt(Integer::intValue).toArray();
        this.countDifferences = countColumns.toArray(byte[][]::new);
        List<Integer> all = new ArrayList<>(reals);
        all.addAll(counts);
        this.metrics = all.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Finds the metrics whose difference this class computes: both models' prepared metric a mean loss without a
     * square root.
     *
     * @param first the champion's prepared metrics
     * @param second the candidate's
     * @return the differences
     */
    static PoissonBootstrapDifferences of(
            final PoissonBootstrapMetric.Prepared[] first, final PoissonBootstrapMetric.Prepared[] second) {
        List<Integer> reals = new ArrayList<>();
        List<double[]> realColumns = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<byte[]> countColumns = new ArrayList<>();
        for (int m = 0; m < first.length; m++) {
            if (first[m] instanceof PoissonBootstrapLosses.Losses champion
                    && second[m] instanceof PoissonBootstrapLosses.Losses candidate
                    && !champion.isRoot()
                    && !candidate.isRoot()) {
                double[] one = champion.losses();
                double[] two = candidate.losses();
                if (zeroOrOne(one) && zeroOrOne(two)) {
                    byte[] column = new byte[one.length];
                    for (int i = 0; i < column.length; i++) {
                        column[i] = (byte) (two[i] - one[i]);
                    }
                    counts.add(m);
                    countColumns.add(column);
                } else {
                    double[] column = new double[one.length];
                    for (int i = 0; i < column.length; i++) {
                        column[i] = two[i] - one[i];
                    }
                    reals.add(m);
                    realColumns.add(column);
                }
            }
        }
        return new PoissonBootstrapDifferences(reals, realColumns, counts, countColumns);
    }

    /**
     * Lays the same differences out for a pass in another order.
     *
     * @param order the row at each position of the pass, or {@code null} for the rows' own order
     * @return the differences by position
     */
    PoissonBootstrapDifferences inOrder(final int[] order) {
        if (order == null) {
            return this;
        }
        List<double[]> reals = new ArrayList<>();
        for (double[] column : realDifferences) {
            double[] moved = new double[order.length];
            for (int p = 0; p < moved.length; p++) {
                moved[p] = column[order[p]];
            }
            reals.add(moved);
        }
        List<byte[]> counts = new ArrayList<>();
        for (byte[] column : countDifferences) {
            byte[] moved = new byte[order.length];
            for (int p = 0; p < moved.length; p++) {
                moved[p] = column[order[p]];
            }
            counts.add(moved);
        }
        return new PoissonBootstrapDifferences(
                java.util.Arrays.stream(realMetrics).boxed().toList(),
                reals,
                java.util.Arrays.stream(countMetrics).boxed().toList(),
                counts);
    }

    private static boolean zeroOrOne(final double[] losses) {
        for (double loss : losses) {
            if (loss != 0 && loss != 1) {
                return false;
            }
        }
        return true;
    }

    /** @return whether it computes metric {@code m}'s difference */
    boolean handles(final int m) {
        for (int metric : metrics) {
            if (metric == m) {
                return true;
            }
        }
        return false;
    }

    /** @return whether it computes any metric's difference */
    boolean isEmpty() {
        return metrics.length == 0;
    }

    /**
     * @return empty sums for one group: the weight total and, per metric, the weighted sum of differences, all
     *     exact integers for the counts (accuracy)
     */
    Sums sums() {
        return new Sums();
    }

    /** The running sums of one group's pass. */
    final class Sums implements PoissonBootstrapGroup.Rows {
        private final double[] totals = new double[PoissonBootstrapWeights.WIDTH];
        private final double[][] reals = new double[realDifferences.length][PoissonBootstrapWeights.WIDTH];
        private final double[][] counts = new double[countDifferences.length][PoissonBootstrapWeights.WIDTH];

        @Override
        public void add(final int position, final double[] weights) {
            if (realDifferences.length == 2) { // the binary classifier's log loss and Brier score, in one loop
                double[] first = reals[0];
                double[] second = reals[1];
                double a = realDifferences[0][position];
                double b = realDifferences[1][position];
                for (int k = 0; k < PoissonBootstrapWeights.WIDTH; k++) {
                    double weight = weights[k];
                    totals[k] += weight;
                    first[k] += weight * a;
                    second[k] += weight * b;
                }
            } else {
                double[] sums = totals;
                for (int k = 0; k < PoissonBootstrapWeights.WIDTH; k++) {
                    sums[k] += weights[k];
                }
                for (int c = 0; c < realDifferences.length; c++) {
                    add(reals[c], weights, realDifferences[c][position]);
                }
            }
            for (int c = 0; c < countDifferences.length; c++) {
                int difference = countDifferences[c][position];
                if (difference != 0) { // the models mostly agree on a row's class: its count difference is then 0
                    add(counts[c], weights, difference);
                }
            }
        }

        private static void add(final double[] sums, final double[] weights, final double difference) {
            for (int k = 0; k < PoissonBootstrapWeights.WIDTH; k++) {
                sums[k] += weights[k] * difference;
            }
        }

        /**
         * Writes the differences of the group's resamples.
         *
         * @param start the group's first resample
         * @param count the resamples in use
         * @param differences per metric and resample, where to write
         */
        void values(final int start, final int count, final double[][] differences) {
            for (int k = 0; k < count; k++) {
                double total = totals[k];
                for (int c = 0; c < realMetrics.length; c++) {
                    differences[realMetrics[c]][start + k] = total == 0 ? Double.NaN : reals[c][k] / total;
                }
                for (int c = 0; c < countMetrics.length; c++) {
                    differences[countMetrics[c]][start + k] = total == 0 ? Double.NaN : counts[c][k] / total;
                }
            }
        }
    }
}
