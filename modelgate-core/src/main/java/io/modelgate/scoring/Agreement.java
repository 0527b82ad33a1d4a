package io.modelgate.scoring;

/**
 * Whether the compiled engine's numbers agree with jpmml's, with jpmml's own verification tolerance: relative
 * precision 1e-6, and values below 1e-16 in magnitude count as zero (the defaults of PMML's
 * {@code VerificationField}). Also tracks the largest relative difference seen.
 */
final class Agreement {
    static final double PRECISION = 1e-6;
    static final double ZERO_THRESHOLD = 1e-16;

    private double maxRelativeDifference;

    /**
     * Compares one number.
     *
     * @param expected jpmml's value
     * @param actual the compiled engine's value
     * @return whether they agree
     */
    boolean agrees(final double expected, final double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        if (Math.abs(expected) < ZERO_THRESHOLD) {
            return Math.abs(actual) < ZERO_THRESHOLD;
        }
        double relative = Math.abs(expected - actual) / Math.abs(expected);
        maxRelativeDifference = Math.max(maxRelativeDifference, relative);
        return relative <= PRECISION;
    }

    double maxRelativeDifference() {
        return maxRelativeDifference;
    }
}
