package io.modelgate.monitoring;

import io.modelgate.drift.DatasetProfile;
import io.modelgate.drift.DriftAnalysis;
import io.modelgate.drift.DriftOptions;
import io.modelgate.drift.DriftReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges every time window of the request log against the reference with the drift engine of the validation stage
 * ({@link DriftAnalysis}: effect sizes, sample-size aware p-values, a correction across features, the drift rule):
 * the window's inputs against the reference data, and its predictions against the reference predictions. A window
 * with fewer rows than the minimum gets no verdict, and says why.
 */
public final class DriftMonitor {
    /** The rows a window needs for a verdict unless the caller says otherwise. */
    public static final int DEFAULT_MIN_ROWS = 100;

    private final DatasetProfile referenceInputs;
    private final DatasetProfile referencePredictions;
    private final DriftOptions options;
    private final long minRows;

    /**
     * Creates a monitor.
     *
     * @param referenceInputs the profile of the reference data's input columns, or {@code null} when there is none
     * @param referencePredictions the profile of the reference predictions, or {@code null} when there are none
     * @param options the drift settings
     * @param minRows the rows a window needs for a verdict, at least 1
     */
    public DriftMonitor(
            final DatasetProfile referenceInputs,
            final DatasetProfile referencePredictions,
            final DriftOptions options,
            final long minRows) {
        if (minRows < 1) {
            throw new IllegalArgumentException("A window needs at least 1 row for a verdict, got " + minRows);
        }
        this.referenceInputs = referenceInputs;
        this.referencePredictions = referencePredictions;
        this.options = options;
        this.minRows = minRows;
    }

    /**
     * Judges the windows.
     *
     * @param windows the profiled windows of the log
     * @return one verdict per window, oldest first
     */
    public List<WindowDrift> judge(final DriftWindows windows) {
        TimeWindows time = windows.timeWindows();
        List<WindowDrift> results = new ArrayList<>();
        for (WindowProfile window : windows.profiles()) {
            String label = time.label(window.start());
            long end = window.start() + time.length();
            List<String> versions = List.copyOf(window.versions());
            if (window.rows() < minRows) {
                String reason = "only " + window.rows() + " rows in window " + label + ", fewer than the " + minRows
                        + " a verdict needs";
                results.add(new WindowDrift(
                        label, window.start(), end, window.rows(), versions, null, null, reason, reason));
                continue;
            }
            if (referenceInputs == null) {
                String reason = "no reference data to compare with: give --reference";
                results.add(new WindowDrift(
                        label, window.start(), end, window.rows(), versions, null, null, reason, reason));
                continue;
            }
            DriftReport inputs = DriftAnalysis.compare(referenceInputs, window.inputs(), options);
            DriftReport predictions = referencePredictions == null
                    ? null
                    : DriftAnalysis.compare(referencePredictions, window.predictions(), options);
            String predictionsReason = predictions == null ? "no reference predictions to compare with" : null;
            results.add(new WindowDrift(
                    label, window.start(), end, window.rows(), versions, inputs, predictions, null, predictionsReason));
        }
        return results;
    }

    /** @return the rows a window needs for a verdict */
    public long minRows() {
        return minRows;
    }
}
