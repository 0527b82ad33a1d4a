package io.modelgate.statistics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Adjustments of p-values for testing many hypotheses at once, returning adjusted p-values in the input order so that
 * "adjusted p &lt; alpha" is the decision at level alpha.
 */
public final class MultipleTesting {
    private MultipleTesting() {}

    /**
     * Benjamini-Hochberg step-up adjustment: controls the false discovery rate at alpha for independent or positively
     * dependent tests (Benjamini and Hochberg 1995, JRSS B 57(1); PRDS case: Benjamini and Yekutieli 2001). The adjusted
     * value of the i-th smallest of k p-values is min over j &gt;= i of min(1, p_(j) k / j), as in R's
     * {@code p.adjust(method = "BH")} and statsmodels' {@code fdr_bh}.
     *
     * @param pValues the raw p-values
     * @return the adjusted p-values, same order
     */
    public static double[] benjaminiHochberg(final double[] pValues) {
        int k = pValues.length;
        Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[k];
        double running = 1.0;
        for (int rank = k; rank >= 1; rank--) {
            int index = order[rank - 1];
            running = Math.min(running, pValues[index] * k / rank);
            adjusted[index] = Math.min(1.0, running);
        }
        return adjusted;
    }

    /**
     * Bonferroni adjustment: min(1, k p); controls the family-wise error rate at alpha under any dependence.
     *
     * @param pValues the raw p-values
     * @return the adjusted p-values, same order
     */
    public static double[] bonferroni(final double[] pValues) {
        return Arrays.stream(pValues)
                .map(p -> Math.min(1.0, p * pValues.length))
                .toArray();
    }
}
