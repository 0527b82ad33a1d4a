package io.modelgate.statistics;

/**
 * The outcome of DeLong's test for two correlated ROC AUCs: both AUCs, their difference (candidate − champion), its
 * standard error, the z statistic, the two-sided p-value and a normal confidence interval for the difference.
 *
 * @param championAuc the champion's ROC AUC
 * @param candidateAuc the candidate's ROC AUC
 * @param difference candidate − champion
 * @param standardError the standard error of the difference
 * @param z difference / standard error (0 when both are 0)
 * @param pValue the two-sided p-value of "the AUCs are equal"
 * @param confidenceLevel the level of the interval, e.g. 0.95
 * @param low the interval's lower bound
 * @param high the interval's upper bound
 * @param positives the number of positive rows
 * @param negatives the number of negative rows
 */
public record DeLongResult(
        double championAuc,
        double candidateAuc,
        double difference,
        double standardError,
        double z,
        double pValue,
        double confidenceLevel,
        double low,
        double high,
        int positives,
        int negatives) {}
