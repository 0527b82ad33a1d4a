package io.modelgate.validation;

import io.modelgate.report.GateStatus;

/** Reads the {@code severity} of a constraint: the gate status a violation gives. */
final class Severity {
    private Severity() {}

    /**
     * Parses a severity as written in a schema file.
     *
     * @param text {@code failed}, {@code error}, {@code warning} or {@code note}; {@code null} for the default
     * @param defaultStatus the status when none is given
     * @return the status a violation gives
     */
    static GateStatus parse(final String text, final GateStatus defaultStatus) {
        if (text == null) {
            return defaultStatus;
        }
        GateStatus status = GateStatus.parse(text);
        if (!status.isProblem()) {
            throw new IllegalArgumentException(
                    "severity must be one of failed, error, warning, note (the status a violation gives), not '" + text
                            + "'");
        }
        return status;
    }
}
