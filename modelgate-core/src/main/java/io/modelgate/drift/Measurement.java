package io.modelgate.drift;

/**
 * One feature measured before the correction across features.
 *
 * @param column the column
 * @param type numeric or categorical
 * @param method the method
 * @param statistic the effect size
 * @param threshold its threshold
 * @param pValue the raw p-value of the method's test
 * @param psiPValue PSI's calibrated p-value, NaN for other methods
 * @param bins the bins
 */
record Measurement(
        String column,
        String type,
        DriftMethod method,
        double statistic,
        double threshold,
        double pValue,
        double psiPValue,
        Bins bins) {}
