package io.modelgate.cli.monitoring;

import io.modelgate.data.Durations;
import io.modelgate.monitoring.LogHealth;
import io.modelgate.monitoring.MonitoringSettings;
import io.modelgate.monitoring.RequestLogReader;
import io.modelgate.monitoring.TimeWindows;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine.Option;

/** Which part of the request log a monitor command reads and how it cuts it into windows. */
public final class LogOptions {
    @Option(
            names = "--log",
            required = true,
            paramLabel = "DIR",
            description = "The request log folder (requests-YYYYMMDD-HHmmss-N.jsonl, .jsonl.gz).")
    Path log;

    @Option(
            names = "--since",
            paramLabel = "DURATION|TIME",
            description = "Read only entries of the last DURATION (e.g. 7d, 12h) or since an ISO-8601 TIME"
                    + " (default: the whole log).")
    String since;

    @Option(
            names = "--window",
            paramLabel = "DURATION",
            defaultValue = "1d",
            description = "Length of a time window, aligned to midnight UTC (default: ${DEFAULT-VALUE}).")
    String window;

    @Option(
            names = "--max-corrupt",
            paramLabel = "SHARE",
            defaultValue = "0.01",
            description =
                    "Share of corrupt log lines tolerated before the log is rejected (default: ${DEFAULT-VALUE}).")
    double maxCorrupt = LogHealth.DEFAULT_MAX_CORRUPT_SHARE;

    @Option(
            names = "--retrain-request",
            paramLabel = "FILE",
            description = "Where to write the retrain request when the gate fails (default: retrain-request.json in"
                    + " the evidence folder).")
    Path retrainRequest;

    Duration windowLength() {
        return Durations.parse(window);
    }

    TimeWindows windows() {
        return new TimeWindows(windowLength());
    }

    long sinceMillis(final Instant now) {
        if (since == null) {
            return Long.MIN_VALUE;
        }
        try {
            return Instant.parse(since).toEpochMilli();
        } catch (DateTimeParseException notATime) {
            return now.minus(Durations.parse(since)).toEpochMilli();
        }
    }

    RequestLogReader reader(final List<String> columns, final long sinceMillis) {
        return new RequestLogReader(log, columns).since(sinceMillis);
    }

    MonitoringSettings settings(final long minRows, final long sinceMillis) {
        return new MonitoringSettings(windowLength(), minRows, sinceMillis);
    }

    Path retrainRequest(final Path evidenceFolder) {
        return retrainRequest != null ? retrainRequest : evidenceFolder.resolve("retrain-request.json");
    }

    void check() {
        if (!(maxCorrupt >= 0 && maxCorrupt <= 1)) {
            throw new IllegalArgumentException("--max-corrupt must be between 0 and 1, got " + maxCorrupt);
        }
    }
}
