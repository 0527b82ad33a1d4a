package io.modelgate.monitoring;

import io.modelgate.data.ColumnType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Sorts the entries of the request log into time windows as they stream past and profiles each window's inputs and
 * predictions. Entries may arrive slightly out of order (several service threads write one file); each goes to the
 * window of its own timestamp. Memory grows with the number of windows, not with the entries.
 */
public final class DriftWindows implements Consumer<LogEntry> {
    private final TimeWindows windows;
    private final Map<String, ColumnType> inputColumns;
    private final PredictionColumns predictionColumns;
    private final TreeMap<Long, WindowProfile> profiles = new TreeMap<>();
    private WindowProfile current;

    /**
     * Prepares the windows.
     *
     * @param windows how time is cut
     * @param inputColumns the model's input columns and their types, in the order the log reader was given them
     * @param predictionColumns how predictions become columns
     */
    public DriftWindows(
            final TimeWindows windows,
            final Map<String, ColumnType> inputColumns,
            final PredictionColumns predictionColumns) {
        this.windows = windows;
        this.inputColumns = new LinkedHashMap<>(inputColumns);
        this.predictionColumns = predictionColumns;
    }

    @Override
    public void accept(final LogEntry entry) {
        long start = windows.start(entry.timestamp());
        if (current == null || current.start() != start) {
            current = profiles.computeIfAbsent(start, key -> new WindowProfile(key, inputColumns, predictionColumns));
        }
        current.add(entry, predictionColumns);
    }

    /** @return how time is cut */
    public TimeWindows timeWindows() {
        return windows;
    }

    /** @return the prediction columns */
    public PredictionColumns predictionColumns() {
        return predictionColumns;
    }

    List<WindowProfile> profiles() {
        return new ArrayList<>(profiles.values());
    }
}
