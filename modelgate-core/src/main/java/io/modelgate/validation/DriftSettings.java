package io.modelgate.validation;

import com.fasterxml.jackson.annotation.JsonInclude;

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
}
