package io.modelgate.drift;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;

/** Writes the checks of a drift report: what was found, what was expected, and one sentence that says both. */
final class DriftChecks {
    private DriftChecks() {}

    static Check feature(final FeatureDrift drift, final DriftOptions options, final GateStatus status) {
        String method = drift.method().label();
        String actual = method + " " + DriftText.statistic(drift.statistic()) + " (p="
                + DriftText.pValue(drift.pValue())
                + ", adjusted " + DriftText.pValue(drift.adjustedPValue())
                + (Double.isNaN(drift.psiPValue()) ? "" : "; psi-calibrated p=" + DriftText.pValue(drift.psiPValue()))
                + ")";
        String effect = method + " < " + DriftText.statistic(drift.threshold());
        String significance = "adjusted p ≥ " + DriftText.pValue(options.alpha());
        String expected =
                switch (options.rule()) {
                    case BOTH -> effect + " or " + significance;
                    case PVALUE -> significance;
                    case EFFECT -> effect;
                };
        String message = "Column '" + drift.column() + "' " + (drift.drifted() ? "drifted" : "did not drift") + ": "
                + method + " " + DriftText.statistic(drift.statistic())
                + (drift.statistic() >= drift.threshold() ? " ≥ " : " < ") + DriftText.statistic(drift.threshold())
                + " and the adjusted " + drift.test() + " p-value " + DriftText.pValue(drift.adjustedPValue())
                + (drift.adjustedPValue() < options.alpha() ? " < " : " ≥ ") + DriftText.pValue(options.alpha())
                + " (rule " + options.rule().label() + "; reference " + drift.referenceRows() + " rows, current "
                + drift.currentRows() + " rows" + invalid(drift) + ").";
        return Check.of("drift:" + drift.column(), status, actual, expected, message);
    }

    private static String invalid(final FeatureDrift drift) {
        long invalid = drift.referenceInvalid() + drift.currentInvalid();
        return invalid == 0
                ? ""
                : "; " + drift.referenceInvalid() + " reference and " + drift.currentInvalid()
                        + " current values skipped as invalid";
    }

    static Check dataset(final int features, final int drifted, final DriftOptions options, final GateStatus status) {
        String share = DriftText.statistic(100.0 * options.maxDriftedShare()) + "%";
        String actual = drifted + " of " + features + " features drifted";
        String expected = options.maxDriftedShare() == 0 ? "no feature drifted" : "at most " + share + " drifted";
        String message = features == 0
                ? "No feature could be measured, so the dataset's drift was not decided."
                : drifted + " of " + features + " features drifted under rule "
                        + options.rule().label() + " with "
                        + options.correction().label() + " at alpha " + DriftText.pValue(options.alpha())
                        + "; at most " + share + " may drift.";
        return Check.of("drift:dataset", status, actual, expected, message);
    }
}
