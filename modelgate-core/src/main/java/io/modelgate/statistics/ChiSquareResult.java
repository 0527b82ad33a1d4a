package io.modelgate.statistics;

/**
 * The outcome of a chi-square test of homogeneity on a 2 x k table.
 *
 * @param statistic Pearson's X^2
 * @param degreesOfFreedom the number of non-empty categories minus one; 0 when there is nothing to test
 * @param pValue P(chi-square(df) &gt;= X^2); 1 when there is nothing to test
 * @param cramersV the effect size sqrt(X^2 / N) of a 2 x k table (Cramér's V with min(2, k) - 1 = 1), in [0, 1]
 */
public record ChiSquareResult(double statistic, int degreesOfFreedom, double pValue, double cramersV) {}
