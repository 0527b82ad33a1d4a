package io.modelgate.statistics;

import org.apache.commons.math3.special.Gamma;

/**
 * Pearson's chi-square test of homogeneity on a 2 x k contingency table: do two samples share one categorical
 * distribution? Expected counts come from the pooled column totals; categories empty in both samples are dropped;
 * no continuity correction (as {@code scipy.stats.chi2_contingency(table, correction=False)}). Assumptions:
 * independent observations; the chi-square approximation wants expected counts of about 5 or more per cell. The upper
 * tail is the regularised incomplete gamma function Q(df/2, x/2) of commons-math3 ({@link Gamma}), so small p-values
 * keep their precision.
 */
public final class ChiSquare {
    private ChiSquare() {}

    /**
     * Tests whether two rows of counts come from the same distribution over the categories.
     *
     * @param first the counts of the first sample per category (may be fractional estimates)
     * @param second the counts of the second sample, same categories
     * @return the statistic, degrees of freedom, p-value and Cramér's V
     */
    public static ChiSquareResult homogeneity(final double[] first, final double[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException(
                    "Both rows need the same categories, got " + first.length + " and " + second.length);
        }
        double totalFirst = 0;
        double totalSecond = 0;
        int categories = 0;
        for (int i = 0; i < first.length; i++) {
            totalFirst += first[i];
            totalSecond += second[i];
            if (first[i] + second[i] > 0) {
                categories++;
            }
        }
        double total = totalFirst + totalSecond;
        if (totalFirst <= 0 || totalSecond <= 0 || categories < 2) {
            return new ChiSquareResult(0, 0, 1.0, 0);
        }
        double statistic = 0;
        for (int i = 0; i < first.length; i++) {
            double pooled = first[i] + second[i];
            if (pooled > 0) {
                double expectedFirst = pooled * totalFirst / total;
                double expectedSecond = pooled * totalSecond / total;
                statistic += square(first[i] - expectedFirst) / expectedFirst
                        + square(second[i] - expectedSecond) / expectedSecond;
            }
        }
        int freedom = categories - 1;
        return new ChiSquareResult(statistic, freedom, survival(statistic, freedom), Math.sqrt(statistic / total));
    }

    /**
     * Returns P(X &gt; x) for a chi-square variable X with the given degrees of freedom.
     *
     * @param x the value
     * @param degreesOfFreedom at least 1
     * @return the upper tail probability
     */
    public static double survival(final double x, final int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("Degrees of freedom must be at least 1, got " + degreesOfFreedom);
        }
        if (x <= 0) {
            return 1.0;
        }
        return Gamma.regularizedGammaQ(degreesOfFreedom / 2.0, x / 2.0);
    }

    private static double square(final double value) {
        return value * value;
    }
}
