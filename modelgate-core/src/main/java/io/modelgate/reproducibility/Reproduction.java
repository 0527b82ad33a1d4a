package io.modelgate.reproducibility;

import io.modelgate.scoring.PmmlDifference;
import java.util.Map;

/**
 * The outcome of comparing one rebuilt model with the model under test.
 *
 * @param run the run's number, from 1
 * @param level how closely the rebuilt model matches
 * @param expectedHash the canonical hash of the model under test
 * @param actualHash the canonical hash of the rebuilt model
 * @param difference the structural difference, empty when identical
 * @param deviation the prediction difference on the probe data, or {@code null} without probe data or when identical
 * @param metricDeltas rebuilt minus original, by metric name, on a labelled probe; empty otherwise
 */
public record Reproduction(
        int run,
        Level level,
        String expectedHash,
        String actualHash,
        PmmlDifference difference,
        ProbeDeviation deviation,
        Map<String, Double> metricDeltas) {
    /**
     * Creates an outcome.
     *
     * @param run the run's number
     * @param level the level
     * @param expectedHash the original's hash
     * @param actualHash the rebuilt model's hash
     * @param difference the structural difference
     * @param deviation the prediction difference, or {@code null}
     * @param metricDeltas metric deltas by name
     */
    public Reproduction {
        metricDeltas = Map.copyOf(metricDeltas);
    }

    /** @return one sentence for people: the level and why */
    public String explain() {
        return switch (level) {
            case IDENTICAL -> "identical: canonical hash " + actualHash.substring(0, 12) + " equals the original's";
            case EQUIVALENT ->
                "equivalent: " + difference.describe() + "; predictions on " + deviation.rows()
                        + " probe rows differ by at most " + deviation.largest();
            case DIFFERENT ->
                "different: " + difference.describe()
                        + (deviation == null
                                ? "; no probe data to compare predictions"
                                : "; largest prediction difference " + deviation.largest() + " in " + deviation.output()
                                        + " at probe line " + deviation.line() + ", " + deviation.changedDecisions()
                                        + " changed decision(s) in " + deviation.rows() + " rows");
        };
    }
}
