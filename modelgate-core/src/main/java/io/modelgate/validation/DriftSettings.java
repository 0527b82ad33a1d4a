package io.modelgate.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelgate.drift.Correction;
import io.modelgate.drift.DriftOptions;
import io.modelgate.drift.DriftRule;
import io.modelgate.report.GateStatus;

/**
 * The schema's dataset-level drift settings; any may be null for the default of the drift package.
 *
 * @param alpha the significance level of the per-feature tests, after correction
 * @param correction {@code benjamini-hochberg} or {@code bonferroni}
 * @param rule {@code both}, {@code pvalue} or {@code effect}: what makes a feature drifted
 * @param severity the status a drifted feature gives: failed, error, warning or note
 * @param maxDriftedShare the share of features that may drift before the dataset is drifted
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DriftSettings(Double alpha, String correction, String rule, String severity, Double maxDriftedShare) {
    /** No settings: every default applies. */
    public static final DriftSettings DEFAULTS = new DriftSettings(null, null, null, null, null);

    /**
     * Checks every setting, so that a wrong one is reported with its place in the schema file.
     *
     * @param alpha the significance level
     * @param correction the correction
     * @param rule the rule
     * @param severity the status of drift
     * @param maxDriftedShare the tolerated share of drifted features
     */
    public DriftSettings {
        toOptions(alpha, correction, rule, severity, maxDriftedShare);
    }

    /** @return these settings over the drift package's defaults */
    public DriftOptions toOptions() {
        return toOptions(alpha, correction, rule, severity, maxDriftedShare);
    }

    private static DriftOptions toOptions(
            final Double alpha,
            final String correction,
            final String rule,
            final String severity,
            final Double maxDriftedShare) {
        DriftOptions options = DriftOptions.defaults();
        if (alpha != null) {
            options = options.withAlpha(alpha);
        }
        if (correction != null) {
            options = options.withCorrection(Correction.parse(correction));
        }
        if (rule != null) {
            options = options.withRule(DriftRule.parse(rule));
        }
        if (severity != null) {
            options = options.withSeverity(Severity.parse(severity, GateStatus.FAILED));
        }
        if (maxDriftedShare != null) {
            options = options.withMaxDriftedShare(maxDriftedShare);
        }
        return options;
    }
}
