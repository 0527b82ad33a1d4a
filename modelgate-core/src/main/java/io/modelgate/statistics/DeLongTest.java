package io.modelgate.statistics;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * DeLong, DeLong &amp; Clarke-Pearson's (1988) test for the difference of two correlated ROC AUCs: two models scored on
 * the same positives and negatives (paired), in the O(n log n) midrank formulation of Sun &amp; Xu (2014).
 *
 * <p>Each AUC is the Mann-Whitney statistic (ties count one half). With m positives and n negatives, the structural
 * components are {@code V10(X_i)}, the share of negatives below positive i (ties half), and {@code V01(Y_j)}, the
 * share of positives above negative j; their 2×2 sample covariance matrices (denominators m − 1 and n − 1) give
 * {@code S = S10 / m + S01 / n}, and {@code Var(AUC_cand − AUC_champ) = S11 + S00 − 2 S01}. The statistic {@code z =
 * Δ / sqrt(Var)} is compared with the standard normal, two-sided; the interval is {@code Δ ± z_{1−α/2} sqrt(Var)}.
 * Sorting each model's scores once yields all components in one pass over tie groups (see {@link DeLongRanks}).
 * Assumes independent rows and a large-sample normal approximation; needs at least 2 positives and 2 negatives, and
 * is unreliable with fewer than about 20 of each. Identical models give z = 0 and p = 1.
 */
public final class DeLongTest {
    private DeLongTest() {}

    /**
     * Compares the champion's and the candidate's AUC on the same rows.
     *
     * @param positive whether each row is a positive
     * @param champion the champion's score of each row (higher means more likely positive)
     * @param candidate the candidate's score of each row
     * @param confidenceLevel the level of the interval for the difference, in (0, 1)
     * @return the result
     * @throws IllegalArgumentException when the arrays differ in length or a class has fewer than 2 rows
     */
    public static DeLongResult compare(
            final boolean[] positive, final double[] champion, final double[] candidate, final double confidenceLevel) {
        if (champion.length != positive.length || candidate.length != positive.length) {
            throw new IllegalArgumentException("DeLong's test needs paired rows, got " + positive.length + " labels, "
                    + champion.length + " champion and " + candidate.length + " candidate scores");
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("Confidence level must be in (0, 1), got " + confidenceLevel);
        }
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        int negatives = positive.length - positives;
        if (positives < 2 || negatives < 2) {
            throw new IllegalArgumentException(
                    "DeLong's test needs at least 2 positives and 2 negatives, got " + positives + " and " + negatives);
        }
        double[] a = DeLongRanks.components(champion, ScoreOrder.ascending(champion), positive, positives, negatives);
        double[] b = DeLongRanks.components(candidate, ScoreOrder.ascending(candidate), positive, positives, negatives);
        Moments pos = new Moments();
        Moments neg = new Moments();
        for (int i = 0; i < positive.length; i++) {
            (positive[i] ? pos : neg).add(a[i], b[i]);
        }
        double championAuc = pos.meanA();
        double candidateAuc = pos.meanB();
        double variance = pos.differenceVariance() / positives + neg.differenceVariance() / negatives;
        double difference = candidateAuc - championAuc;
        double standardError = Math.sqrt(Math.max(0, variance));
        double z = standardError == 0
                ? (difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference))
                : difference / standardError;
        double pValue = Erf.erfc(Math.abs(z) / Math.sqrt(2));
        double quantile = new NormalDistribution().inverseCumulativeProbability(1 - (1 - confidenceLevel) / 2);
        return new DeLongResult(
                championAuc,
                candidateAuc,
                difference,
                standardError,
                z,
                pValue,
                confidenceLevel,
                difference - quantile * standardError,
                difference + quantile * standardError,
                positives,
                negatives);
    }

    /** Running means and co-moments of paired components (Welford), for the 2×2 covariance matrix. */
    private static final class Moments {
        private long count;
        private double meanA;
        private double meanB;
        private double squaresA;
        private double squaresB;
        private double products;

        void add(final double a, final double b) {
            count++;
            double deltaA = a - meanA;
            double deltaB = b - meanB;
            meanA += deltaA / count;
            meanB += deltaB / count;
            squaresA += deltaA * (a - meanA);
            squaresB += deltaB * (b - meanB);
            products += deltaA * (b - meanB);
        }

        double meanA() {
            return meanA;
        }

        double meanB() {
            return meanB;
        }

        /** @return the sample variance of b − a: var(a) + var(b) − 2 cov(a, b) */
        double differenceVariance() {
            return (squaresA + squaresB - 2 * products) / (count - 1);
        }
    }
}
