package io.modelgate.statistics;

import java.util.Locale;

/**
 * DDM, the drift detection method of Gama, Medas, Castillo &amp; Rodrigues (2004, "Learning with drift detection",
 * SBIA 2004, LNCS 3171, 286-295), for a stream of prediction errors (1 wrong, 0 right).
 *
 * <p>After {@code i} observations the error rate is {@code p_i} with binomial standard deviation
 * {@code s_i = sqrt(p_i (1 − p_i) / i)}. Once more than {@code warmStart} observations were read, the detector
 * remembers {@code p_min} and {@code s_min} at the observation where {@code p_i + s_i} was smallest, enters the
 * warning level when {@code p_i + s_i > p_min + w s_min} and signals a change when {@code p_i + s_i > p_min + d s_min}.
 * As in the paper, the change is taken to begin where the current stretch at the warning level began (or at the
 * detection itself when it jumped straight past the warning level).
 *
 * <p>Defaults as in the paper and in river's {@code drift.binary.DDM}: warm start 30, warning level {@code w = 2}
 * (about 95 % confidence), drift level {@code d = 3} (about 99 %); the update order follows river's (the minimum is
 * updated when {@code p_i + s_i ≤ p_min + s_min}). Assumptions: errors are independent Bernoulli draws whose rate
 * falls or stays level while the concept is stable (the PAC premise of the paper); the normal approximation needs
 * {@code i p_i} of about 5 or more, which the warm start of 30 gives for error rates above about 15 %. It detects
 * rises of the error rate only.
 */
public final class DriftDetectionMethod implements ChangeDetector {
    /** Observations before a change may be signalled. */
    public static final int DEFAULT_WARM_START = 30;
    /** Warning level w, in standard deviations. */
    public static final double DEFAULT_WARNING_THRESHOLD = 2;
    /** Drift level d, in standard deviations. */
    public static final double DEFAULT_DRIFT_THRESHOLD = 3;

    private final int warmStart;
    private final double warningThreshold;
    private final double driftThreshold;
    private boolean detected;
    private boolean warning;
    private long count;
    private double errors;
    private double minimumP;
    private double minimumS;
    private long warningSince;
    private long start;

    /**
     * Creates a detector.
     *
     * @param warmStart observations before a change may be signalled, at least 1
     * @param warningThreshold the warning level w, positive
     * @param driftThreshold the drift level d, at least w
     */
    public DriftDetectionMethod(final int warmStart, final double warningThreshold, final double driftThreshold) {
        if (warmStart < 1 || !(warningThreshold > 0) || !(driftThreshold >= warningThreshold)) {
            throw new IllegalArgumentException("DDM needs warmStart >= 1 and 0 < warning <= drift threshold, got "
                    + warmStart + ", " + warningThreshold + ", " + driftThreshold);
        }
        this.warmStart = warmStart;
        this.warningThreshold = warningThreshold;
        this.driftThreshold = driftThreshold;
        reset();
    }

    /** @return a detector with the paper's defaults: warm start 30, w = 2, d = 3 */
    public static DriftDetectionMethod withDefaults() {
        return new DriftDetectionMethod(DEFAULT_WARM_START, DEFAULT_WARNING_THRESHOLD, DEFAULT_DRIFT_THRESHOLD);
    }

    private void reset() {
        detected = false;
        warning = false;
        count = 0;
        errors = 0;
        minimumP = Double.POSITIVE_INFINITY;
        minimumS = Double.POSITIVE_INFINITY;
        warningSince = 0;
    }

    /**
     * Reads the next prediction's outcome.
     *
     * @param value 1 for an error, 0 for a correct prediction (any other value is read as its truth: non-zero is an
     *     error)
     * @return whether a change is detected at this observation
     */
    @Override
    public boolean update(final double value) {
        if (detected) {
            reset();
        }
        count++;
        errors += value != 0 ? 1 : 0;
        double p = errors / count;
        double s = Math.sqrt(p * (1 - p) / count);
        if (count <= warmStart) {
            return false;
        }
        if (p + s <= minimumP + minimumS) {
            minimumP = p;
            minimumS = s;
        }
        boolean warn = p + s > minimumP + warningThreshold * minimumS;
        if (warn && !warning) {
            warningSince = count;
        }
        warning = warn;
        if (p + s > minimumP + driftThreshold * minimumS) {
            detected = true;
            warning = false;
            start = warningSince;
        }
        return detected;
    }

    /** @return whether the last observation left the detector at the warning level (and not past the drift level) */
    public boolean isWarning() {
        return warning;
    }

    @Override
    public long changeStart() {
        return start;
    }

    @Override
    public long observations() {
        return count;
    }

    @Override
    public String describe() {
        return String.format(
                Locale.ROOT,
                "ddm(warmStart=%d, warningThreshold=%s, driftThreshold=%s)",
                warmStart,
                warningThreshold,
                driftThreshold);
    }
}
