package io.modelgate.monitoring;

import io.modelgate.drift.DriftReport;
import io.modelgate.report.GateStatus;
import java.util.List;

/**
 * The drift verdict of one time window: the drift of its inputs against the reference and of its predictions against
 * the reference predictions, or the reason there is none (too few rows, no reference predictions).
 *
 * @param label the window's name, e.g. {@code 2026-11-28}
 * @param start the window's start, epoch milliseconds
 * @param end the window's end (exclusive), epoch milliseconds
 * @param rows the entries in the window
 * @param versions the model versions seen in it
 * @param inputs the drift of the inputs, or {@code null} when not measured
 * @param predictions the drift of the predictions, or {@code null} when not measured
 * @param inactiveReason why the inputs were not measured, or {@code null}
 * @param predictionsReason why the predictions were not measured, or {@code null}
 */
public record WindowDrift(
        String label,
        long start,
        long end,
        long rows,
        List<String> versions,
        DriftReport inputs,
        DriftReport predictions,
        String inactiveReason,
        String predictionsReason) {
    /** @return the status of the inputs' drift decision, INACTIVE when not measured */
    public GateStatus inputStatus() {
        return inputs == null ? GateStatus.INACTIVE : inputs.datasetStatus();
    }

    /** @return the status of the predictions' drift decision, INACTIVE when not measured */
    public GateStatus predictionStatus() {
        return predictions == null ? GateStatus.INACTIVE : predictions.datasetStatus();
    }

    /** @return the drifted input features, in column order */
    public List<String> driftedFeatures() {
        if (inputs == null) {
            return List.of();
        }
        return inputs.results().stream()
                .filter(io.modelgate.drift.FeatureDrift::drifted)
                .map(io.modelgate.drift.FeatureDrift::column)
                .toList();
    }
}
