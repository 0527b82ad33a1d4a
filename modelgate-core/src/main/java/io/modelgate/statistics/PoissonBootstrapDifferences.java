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

    /** The binary classifier's case (log loss and Brier score as reals, accuracy as counts) in one loop. */
    private void sumClassification(
            final byte[] weights,
            final int group,
            final int count,
            final int rows,
            final long[] totals,
            final double[][] sums,
            final long[][] integers) {
        double[] first = realDifferences[0];
        double[] second = realDifferences[1];
        byte[] third = countDifferences[0];
        double[] firstSums = sums[0];
        double[] secondSums = sums[1];
        long[] thirdSums = integers[0];
        for (int i = 0; i < rows; i++) {
            int base = i * group;
            double a = first[i];
            double b = second[i];
            int c = third[i];
            for (int k = 0; k < count; k++) {
                int w = weights[base + k];
                totals[k] += w;
                firstSums[k] += w * a;
                secondSums[k] += w * b;
            }
            if (c != 0) { // the models mostly agree on a row's class: its count difference is then 0
                for (int k = 0; k < count; k++) {
                    thirdSums[k] += weights[base + k] * c;
                }
            }
        }
    }

    private void sum(
            final byte[] weights,
            final int group,
            final int count,
            final int rows,
            final long[] totals,
            final double[][] sums,
            final long[][] integers) {
        for (int i = 0; i < rows; i++) {
            int base = i * group;
            for (int k = 0; k < count; k++) {
                totals[k] += weights[base + k];
            }
            for (int c = 0; c < realDifferences.length; c++) {
                double difference = realDifferences[c][i];
                double[] sum = sums[c];
                for (int k = 0; k < count; k++) {
                    sum[k] += weights[base + k] * difference;
                }
            }
            for (int c = 0; c < countDifferences.length; c++) {
                int difference = countDifferences[c][i];
                long[] sum = integers[c];
                for (int k = 0; k < count; k++) {
                    sum[k] += weights[base + k] * difference;
                }
            }
        }
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

    /**
     * Computes the differences for a group of resamples.
     *
     * @param weights the group's row-major weights
     * @param group the block row width
     * @param count the resamples in use
     * @param start the group's first resample
     * @param differences per metric and resample, where to write
     */
    void values(final byte[] weights, final int group, final int count, final int start, final double[][] differences) {
        if (metrics.length == 0) {
            return;
        }
        int rows = weights.length / group;
        long[] totals = new long[count];
        double[][] sums = new double[realDifferences.length][count];
        long[][] integers = new long[countDifferences.length][count];
        if (realDifferences.length == 2 && countDifferences.length == 1) {
            sumClassification(weights, group, count, rows, totals, sums, integers);
        } else {
            sum(weights, group, count, rows, totals, sums, integers);
        }
        for (int k = 0; k < count; k++) {
            double total = totals[k];
            for (int c = 0; c < realMetrics.length; c++) {
                differences[realMetrics[c]][start + k] = totals[k] == 0 ? Double.NaN : sums[c][k] / total;
            }
            for (int c = 0; c < countMetrics.length; c++) {
                differences[countMetrics[c]][start + k] = totals[k] == 0 ? Double.NaN : integers[c][k] / total;
            }
        }
    }
}
