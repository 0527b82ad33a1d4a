package io.modelgate.drift;

import io.modelgate.report.GateStatus;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings of a drift analysis: significance level, correction across features, drift rule, per-column method
 * and threshold overrides, the gate status of a drifted dataset and the share of drifted features it tolerates.
 *
 * @param alpha the significance level for adjusted p-values, in (0, 1); default 0.05
 * @param correction the adjustment across features; default Benjamini-Hochberg
 * @param rule when a feature counts as drifted; default both
 * @param methods methods chosen per column instead of the automatic choice
 * @param thresholds effect-size thresholds per column instead of the method's default
 * @param severity the status of a dataset whose share of drifted features is too high; default FAILED
 * @param maxDriftedShare the largest share of drifted features that still passes, in [0, 1]; default 0
 */
public record DriftOptions(
        double alpha,
        Correction correction,
        DriftRule rule,
        Map<String, DriftMethod> methods,
        Map<String, Double> thresholds,
        GateStatus severity,
        double maxDriftedShare) {
    /**
     * Validates and copies the settings.
     *
     * @param alpha the significance level
     * @param correction the correction
     * @param rule the rule
     * @param methods method overrides
     * @param thresholds threshold overrides
     * @param severity status of a drifted dataset
     * @param maxDriftedShare tolerated share of drifted features
     */
    public DriftOptions {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("Drift alpha must be between 0 and 1, got " + alpha);
        }
        if (!(maxDriftedShare >= 0 && maxDriftedShare <= 1)) {
            throw new IllegalArgumentException(
                    "The share of drifted features allowed must be between 0 and 1, got " + maxDriftedShare);
        }
        thresholds.forEach((column, threshold) -> {
            if (!(threshold >= 0)) {
                throw new IllegalArgumentException(
                        "The drift threshold of column '" + column + "' must be at least 0, got " + threshold);
            }
        });
        methods = Map.copyOf(methods);
        thresholds = Map.copyOf(thresholds);
    }

    /** @return the defaults: alpha 0.05, Benjamini-Hochberg, rule both, automatic methods, FAILED, share 0 */
    public static DriftOptions defaults() {
        return new DriftOptions(
                0.05, Correction.BENJAMINI_HOCHBERG, DriftRule.BOTH, Map.of(), Map.of(), GateStatus.FAILED, 0.0);
    }

    /**
     * @param value the significance level
     * @return these options with another alpha
     */
    public DriftOptions withAlpha(final double value) {
        return new DriftOptions(value, correction, rule, methods, thresholds, severity, maxDriftedShare);
    }

    /**
     * @param value the correction
     * @return these options with another correction
     */
    public DriftOptions withCorrection(final Correction value) {
        return new DriftOptions(alpha, value, rule, methods, thresholds, severity, maxDriftedShare);
    }

    /**
     * @param value the rule
     * @return these options with another rule
     */
    public DriftOptions withRule(final DriftRule value) {
        return new DriftOptions(alpha, correction, value, methods, thresholds, severity, maxDriftedShare);
    }

    /**
     * @param column a column
     * @param method the method to use for it
     * @return these options with the method override
     */
    public DriftOptions withMethod(final String column, final DriftMethod method) {
        Map<String, DriftMethod> copy = new HashMap<>(methods);
        copy.put(column, method);
        return new DriftOptions(alpha, correction, rule, copy, thresholds, severity, maxDriftedShare);
    }

    /**
     * @param column a column
     * @param threshold the effect-size threshold to use for it
     * @return these options with the threshold override
     */
    public DriftOptions withThreshold(final String column, final double threshold) {
        Map<String, Double> copy = new HashMap<>(thresholds);
        copy.put(column, threshold);
        return new DriftOptions(alpha, correction, rule, methods, copy, severity, maxDriftedShare);
    }

    /**
     * @param value the status of a drifted dataset
     * @return these options with another severity
     */
    public DriftOptions withSeverity(final GateStatus value) {
        return new DriftOptions(alpha, correction, rule, methods, thresholds, value, maxDriftedShare);
    }

    /**
     * @param value the tolerated share of drifted features
     * @return these options with another share
     */
    public DriftOptions withMaxDriftedShare(final double value) {
        return new DriftOptions(alpha, correction, rule, methods, thresholds, severity, value);
    }
}
