package io.modelgate.drift;

/**
 * The drift of one feature: its effect size against the threshold, the sample-size aware p-value before and after
 * the correction across features, the decision, and the distributions it was measured on.
 *
 * @param column the column's name
 * @param type {@code numeric} or {@code categorical}
 * @param method the effect-size method
 * @param statistic the effect size
 * @param threshold the effect size's threshold
 * @param test the test behind the p-value: {@code ks} or {@code chi-square}
 * @param pValue the raw p-value
 * @param adjustedPValue the p-value after the correction across features
 * @param psiPValue for PSI, P(chi-square(B-1) &gt;= PSI / (1/n + 1/m)), PSI's own calibration; NaN for other methods
 * @param band {@code insignificant}, {@code moderate} or {@code major}: the effect size below its threshold, below 2.5
 *     times it, or above
 * @param drifted the decision under the rule
 * @param referenceRows the rows of the reference dataset
 * @param currentRows the rows of the current dataset
 * @param referenceMissing missing values in the reference
 * @param currentMissing missing values in the current data
 * @param referenceInvalid unparseable values skipped in the reference
 * @param currentInvalid unparseable values skipped in the current data
 * @param histogram the bins and their shares
 */
public record FeatureDrift(
        String column,
        String type,
        DriftMethod method,
        double statistic,
        double threshold,
        String test,
        double pValue,
        double adjustedPValue,
        double psiPValue,
        String band,
        boolean drifted,
        long referenceRows,
        long currentRows,
        long referenceMissing,
        long currentMissing,
        long referenceInvalid,
        long currentInvalid,
        Histogram histogram) {
    /**
     * Names the band of an effect size: PSI's classic bands (below 0.1, 0.1 to 0.25, above) generalised to any
     * threshold t as below t, t to 2.5 t, above.
     *
     * @param statistic the effect size
     * @param threshold its threshold
     * @return the band
     */
    public static String band(final double statistic, final double threshold) {
        if (statistic < threshold) {
            return "insignificant";
        }
        return statistic < 2.5 * threshold ? "moderate" : "major";
    }
}
