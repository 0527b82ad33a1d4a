package io.modelgate.statistics;

/**
 * The outcome of McNemar's test on paired correctness: the discordant counts, the statistic, the two-sided p-value
 * and which variant produced them.
 *
 * @param b rows the champion got right and the candidate got wrong
 * @param c rows the candidate got right and the champion got wrong
 * @param statistic {@code min(b, c)} for the exact variant, the continuity-corrected chi-square otherwise
 * @param pValue the two-sided p-value of "both models are equally often right where they disagree"
 * @param variant the variant used, chosen by {@code b + c}
 */
public record McNemarResult(long b, long c, double statistic, double pValue, Variant variant) {
    /** How the p-value was computed. */
    public enum Variant {
        /** Two-sided exact binomial test of b successes in b + c trials with p = 1/2. */
        EXACT_BINOMIAL,
        /** Chi-square with 1 degree of freedom and Edwards' continuity correction. */
        CHI_SQUARE_CORRECTED
    }

    /** @return the number of discordant rows, b + c */
    public long discordant() {
        return b + c;
    }
}
