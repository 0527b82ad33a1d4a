package io.modelgate.monitoring;

import io.modelgate.statistics.ChangeDetector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one sequential change detector over a stream of per-row losses or errors, in log order, and records every
 * change with where it began: the detector starts afresh after each detection, so the stream's row numbers are kept
 * here, and the timestamps of the rows since the last detection, to name the time a change began.
 */
final class ErrorStream {
    private static final int MAX_CHANGES = 50;

    private final ChangeDetector detector;
    private final List<ChangePoint> changes = new ArrayList<>();
    private final TimestampLog timestamps = new TimestampLog();
    private long rows;
    private long base;
    private long skipped;

    ErrorStream(final ChangeDetector detector) {
        this.detector = detector;
    }

    void add(final double value, final long timestamp) {
        if (Double.isNaN(value)) {
            skipped++;
            return;
        }
        rows++;
        timestamps.add(timestamp);
        if (detector.update(value)) {
            long started = base + detector.changeStart();
            if (changes.size() < MAX_CHANGES) {
                changes.add(new ChangePoint(
                        detector.describe(),
                        started,
                        Instant.ofEpochMilli(timestamps.at(started)).toString(),
                        rows,
                        Instant.ofEpochMilli(timestamp).toString()));
            }
            base = rows;
            timestamps.forgetBefore(rows + 1);
        }
    }

    List<ChangePoint> changes() {
        return List.copyOf(changes);
    }

    long rows() {
        return rows;
    }

    long skipped() {
        return skipped;
    }

    String describe() {
        return detector.describe();
    }
}
