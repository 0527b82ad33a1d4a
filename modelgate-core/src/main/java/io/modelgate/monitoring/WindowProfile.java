package io.modelgate.monitoring;

import io.modelgate.data.ColumnType;
import io.modelgate.data.Row;
import io.modelgate.drift.DatasetProfile;
import io.modelgate.drift.DriftProfiler;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The profiles of one time window of the request log: its inputs and its predictions, each through a
 * {@link DriftProfiler} fed with rows made from the entries (input values in the model's column order), plus the row
 * count, the first and last timestamps and the model versions seen. Memory does not grow with the rows.
 */
final class WindowProfile {
    private static final int MAX_VERSIONS = 10;

    private final long start;
    private final DriftProfiler inputs;
    private final DriftProfiler predictions;
    private final Set<String> versions = new TreeSet<>();
    private final String[] values;
    private long rows;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;

    WindowProfile(
            final long start, final Map<String, ColumnType> inputColumns, final PredictionColumns predictionColumns) {
        this.start = start;
        this.inputs = new DriftProfiler(inputColumns);
        this.predictions = new DriftProfiler(predictionColumns.columns());
        this.values = new String[inputColumns.size()];
        inputs.start(List.copyOf(inputColumns.keySet()));
        predictions.start(List.copyOf(predictionColumns.columns().keySet()));
    }

    void add(final LogEntry entry, final PredictionColumns predictionColumns) {
        rows++;
        for (int i = 0; i < values.length; i++) {
            String value = entry.input(i);
            values[i] = value == null ? "" : value;
        }
        inputs.accept(Row.of(entry.line(), values));
        predictions.accept(Row.of(entry.line(), predictionColumns.values(entry)));
        first = Math.min(first, entry.timestamp());
        last = Math.max(last, entry.timestamp());
        if (entry.version() != null && versions.size() < MAX_VERSIONS) {
            versions.add(entry.version());
        }
    }

    long start() {
        return start;
    }

    long rows() {
        return rows;
    }

    long first() {
        return first;
    }

    long last() {
        return last;
    }

    Set<String> versions() {
        return versions;
    }

    DatasetProfile inputs() {
        return inputs.profile();
    }

    DatasetProfile predictions() {
        return predictions.profile();
    }
}
