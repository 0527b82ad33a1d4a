package io.modelgate.statistics;

/**
 * The midrank components of DeLong's variance (Sun &amp; Xu 2014), linear once the rows are in score order ({@link
 * ScoreOrder}).
 */
final class DeLongRanks {
    private DeLongRanks() {}

    /**
     * Computes DeLong's structural components from the score order: for a positive row the share of negatives scored
     * below it plus half the tied ones ({@code V10}), for a negative row the share of positives scored above it plus
     * half the tied ones ({@code V01}). These are the midrank differences {@code (Tz − Tx) / n} and {@code 1 − (Tz −
     * Ty) / m} of Sun &amp; Xu (2014), computed group by group of tied scores.
     *
     * @param scores the scores
     * @param order the ascending order of the scores
     * @param positive whether each row is a positive
     * @param positives the number of positives, m
     * @param negatives the number of negatives, n
     * @return the component of each row (V10 for positives, V01 for negatives), in row order
     */
    static double[] components(
            final double[] scores,
            final int[] order,
            final boolean[] positive,
            final int positives,
            final int negatives) {
        double[] components = new double[scores.length];
        long positivesBelow = 0;
        long negativesBelow = 0;
        int start = 0;
        while (start < order.length) {
            int end = start + 1;
            while (end < order.length && scores[order[end]] == scores[order[start]]) {
                end++;
            }
            long tiedPositives = 0;
            for (int k = start; k < end; k++) {
                tiedPositives += positive[order[k]] ? 1 : 0;
            }
            long tiedNegatives = end - start - tiedPositives;
            double v10 = (negativesBelow + tiedNegatives / 2.0) / negatives;
            double v01 = (positives - positivesBelow - tiedPositives / 2.0) / positives;
            for (int k = start; k < end; k++) {
                components[order[k]] = positive[order[k]] ? v10 : v01;
            }
            positivesBelow += tiedPositives;
            negativesBelow += tiedNegatives;
            start = end;
        }
        return components;
    }
}
