package io.modelgate.comparison;

import io.modelgate.report.GateStatus;

/** What the {@code champion} check says when there is no champion to compare with; it is never silent. */
public enum MissingChampion {
    /** The first model passes; the check says that it passed because there was no champion. */
    PASS(GateStatus.PASSED),
    /** No candidate passes without a champion. */
    FAIL(GateStatus.FAILED),
    /** The comparison is not evaluated; a gate that requires it decides. */
    INACTIVE(GateStatus.INACTIVE);

    private final GateStatus status;

    MissingChampion(final GateStatus status) {
        this.status = status;
    }

    /** @return the status of the {@code champion} check */
    public GateStatus status() {
        return status;
    }
}
