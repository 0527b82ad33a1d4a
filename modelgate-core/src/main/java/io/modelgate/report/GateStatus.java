package io.modelgate.report;

import java.util.Locale;

/**
 * The outcome of a check, a gate or a stage, in the quality-gate vocabulary of Jenkins (plugin-util-api's
 * {@code QualityGateStatus}): what it means for the stage and for the whole run.
 */
public enum GateStatus {
    /** Evaluated and fine. */
    PASSED(0, "SUCCESS", "SUCCESS"),
    /** Not evaluated; the evidence says why. Never counted as a pass by a policy that requires the check. */
    INACTIVE(0, "SUCCESS", "SUCCESS"),
    /** Marks the stage unstable, the run stays successful. */
    NOTE(1, "UNSTABLE", "SUCCESS"),
    /** Marks the stage and the run unstable. */
    WARNING(2, "UNSTABLE", "UNSTABLE"),
    /** Marks the stage failed, the run stays successful. */
    ERROR(3, "FAILURE", "SUCCESS"),
    /** Marks the stage and the run failed. */
    FAILED(4, "FAILURE", "FAILURE");

    private final int severity;
    private final String stageResult;
    private final String runResult;

    GateStatus(final int severity, final String stageResult, final String runResult) {
        this.severity = severity;
        this.stageResult = stageResult;
        this.runResult = runResult;
    }

    /**
     * Parses a status case-insensitively.
     *
     * @param text the name, e.g. {@code failed}
     * @return the status
     * @throws IllegalArgumentException when no status has that name
     */
    public static GateStatus parse(final String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException exception) {
            throw new IllegalArgumentException(
                    "Unknown status '" + text + "': expected one of passed, note, warning, error, failed, inactive",
                    exception);
        }
    }

    /**
     * Returns the worse of two statuses; of two equally severe ones, the active one.
     *
     * @param other another status
     * @return the worse one
     */
    public GateStatus worst(final GateStatus other) {
        if (other.severity != severity) {
            return other.severity > severity ? other : this;
        }
        return this == INACTIVE ? other : this;
    }

    /** @return whether the run may go on: PASSED, INACTIVE, NOTE or WARNING */
    public boolean isSuccessful() {
        return severity < ERROR.severity;
    }

    /** @return whether this status is worse than passing */
    public boolean isProblem() {
        return severity > 0;
    }

    /** @return the Jenkins result of the stage: SUCCESS, UNSTABLE or FAILURE */
    public String stageResult() {
        return stageResult;
    }

    /** @return the Jenkins result of the run: SUCCESS, UNSTABLE or FAILURE */
    public String runResult() {
        return runResult;
    }
}
