package io.modelgate.reproducibility;

/**
 * The largest difference between two models' predictions on the probe data.
 *
 * @param rows the probe rows scored by both models
 * @param largest the largest absolute difference of any probability (classification) or value (regression)
 * @param line the probe file's line where the largest difference is, 0 when there is none
 * @param output which output differs most there, e.g. {@code probability(1)} or {@code value}
 * @param changedDecisions the rows whose predicted label differs
 */
public record ProbeDeviation(long rows, double largest, long line, String output, long changedDecisions) {
    /**
     * Tells whether the predictions are equal within a tolerance.
     *
     * @param tolerance the largest absolute difference allowed
     * @return whether no difference exceeds it and no decision changes
     */
    public boolean within(final double tolerance) {
        return largest <= tolerance && changedDecisions == 0;
    }
}
