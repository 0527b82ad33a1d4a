package io.modelgate.statistics;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * McNemar's test (McNemar 1947) of whether two classifiers scored on the same rows (paired) are equally often right.
 *
 * <p>Only discordant rows count: b rows the champion got right and the candidate wrong, c rows the reverse. Under the
 * null hypothesis each discordant row goes either way with probability 1/2, so b ~ Binomial(b + c, 1/2). The test is
 * two-sided. When {@code b + c < 25} ({@link #EXACT_BELOW}, the cut-off statsmodels documents and Fagerland, Lydersen
 * & Laake 2013 recommend exact or mid-p tests below) the p-value is the exact binomial one, {@code min(1, 2 P(X ≤
 * min(b, c)))}; otherwise it is the chi-square approximation with Edwards' (1948) continuity correction, {@code
 * (max(0, |b − c| − 1))² / (b + c)} with 1 degree of freedom, whose upper tail is {@code erfc(sqrt(x / 2))}. The
 * clamp at 0 matters only for b = c, where the uncorrected formula would give a positive statistic for no
 * difference. With no discordant rows the p-value is 1. Assumes the rows are independent; nothing else.
 */
public final class McNemarTest {
    /** Discordant counts below this use the exact binomial test. */
    public static final int EXACT_BELOW = 25;

    private McNemarTest() {}

    /**
     * Tests paired per-row correctness.
     *
     * @param championCorrect whether the champion got each row right
     * @param candidateCorrect whether the candidate got the same row right
     * @return the result
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static McNemarResult compare(final boolean[] championCorrect, final boolean[] candidateCorrect) {
        if (championCorrect.length != candidateCorrect.length) {
            throw new IllegalArgumentException("McNemar's test needs paired rows, got " + championCorrect.length
                    + " champion and " + candidateCorrect.length + " candidate rows");
        }
        long b = 0;
        long c = 0;
        for (int i = 0; i < championCorrect.length; i++) {
            if (championCorrect[i] != candidateCorrect[i]) {
                if (championCorrect[i]) {
                    b++;
                } else {
                    c++;
                }
            }
        }
        return ofCounts(b, c);
    }

    /**
     * Tests given discordant counts.
     *
     * @param b rows the champion got right and the candidate wrong
     * @param c rows the candidate got right and the champion wrong
     * @return the result
     */
    public static McNemarResult ofCounts(final long b, final long c) {
        if (b < 0 || c < 0) {
            throw new IllegalArgumentException("Discordant counts must not be negative, got b=" + b + ", c=" + c);
        }
        long n = b + c;
        if (n < EXACT_BELOW) {
            return new McNemarResult(
                    b, c, Math.min(b, c), exact((int) Math.min(b, c), (int) n), McNemarResult.Variant.EXACT_BINOMIAL);
        }
        double excess = Math.max(0, Math.abs(b - c) - 1.0);
        double statistic = excess * excess / n;
        return new McNemarResult(
                b, c, statistic, Erf.erfc(Math.sqrt(statistic / 2)), McNemarResult.Variant.CHI_SQUARE_CORRECTED);
    }

    private static double exact(final int smaller, final int n) {
        if (n == 0) {
            return 1;
        }
        double tail = 0;
        for (int k = 0; k <= smaller; k++) {
            tail += CombinatoricsUtils.binomialCoefficientDouble(n, k);
        }
        return Math.min(1, 2 * tail / Math.pow(2, n));
    }
}
