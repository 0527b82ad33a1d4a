package io.modelgate.risk;

import java.nio.file.Path;

/**
 * What the candidate's model risk is measured against: the training framework's own predictions for the parity
 * check, the limits of size, latency and flip rate (none by default: measured and reported only), and the size of
 * the perturbations.
 *
 * @param expectedPredictions the training framework's predictions on the holdout rows, in order, or {@code null}
 *     for no parity check
 * @param expectedColumn the column of the expected predictions to compare, or {@code null} for probability of the
 *     positive class (classifiers) or the first numeric column (regressions)
 * @param parityPrecision relative tolerance of the parity check
 * @param parityZeroThreshold values this close to zero count as zero in the parity check
 * @param maximumSizeBytes the largest PMML file size, or {@code null} for no limit
 * @param maximumLatencyMicros the largest p99 scoring latency per row in microseconds, or {@code null} for no limit
 * @param maximumFlipRate the largest share of rows whose decision flips under perturbation, or {@code null}
 * @param noise perturbation noise as a share of each numeric input's standard deviation, not negative
 * @param swap probability of swapping each categorical input, in [0, 1]
 */
public record RiskSettings(
        Path expectedPredictions,
        String expectedColumn,
        double parityPrecision,
        double parityZeroThreshold,
        Long maximumSizeBytes,
        Double maximumLatencyMicros,
        Double maximumFlipRate,
        double noise,
        double swap) {
    /** Relative tolerance of the parity check unless stated. */
    public static final double DEFAULT_PARITY_PRECISION = 1e-6;
    /** Zero threshold of the parity check unless stated. */
    public static final double DEFAULT_PARITY_ZERO_THRESHOLD = 1e-16;

    /**
     * Checks the perturbation.
     *
     * @param expectedPredictions expected predictions or null
     * @param expectedColumn their column or null
     * @param parityPrecision relative tolerance
     * @param parityZeroThreshold zero threshold
     * @param maximumSizeBytes size limit or null
     * @param maximumLatencyMicros latency limit or null
     * @param maximumFlipRate flip-rate limit or null
     * @param noise noise share
     * @param swap swap probability
     * @throws IllegalArgumentException when the noise is negative or the swap probability outside [0, 1]
     */
    public RiskSettings {
        new Robustness(noise, swap, 0);
    }

    /** @return no parity check, no limits, the default perturbation */
    public static RiskSettings defaults() {
        return new RiskSettings(
                null,
                null,
                DEFAULT_PARITY_PRECISION,
                DEFAULT_PARITY_ZERO_THRESHOLD,
                null,
                null,
                null,
                Robustness.DEFAULT_NOISE,
                Robustness.DEFAULT_SWAP);
    }
}
