package io.modelgate.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings every monitoring analysis records with its verdict: the window length, the rows (or labelled rows) a
 * window needs for a verdict, and the {@code --since} cut-off.
 *
 * @param window each window's length
 * @param minRows the rows a window needs for a verdict
 * @param since the earliest entry read, epoch milliseconds, or {@code Long.MIN_VALUE} for the whole log
 */
public record MonitoringSettings(Duration window, long minRows, long since) {
    /** The name of the evidence section that monitoring fills. */
    public static final String SECTION = "monitoring";

    /** The evidence kind of monitoring. */
    public static final String KIND = "monitoring";

    Map<String, Object> section(final String analysis) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("analysis", analysis);
        section.put("window", window.toString());
        section.put("minRows", minRows);
        section.put(
                "since",
                since == Long.MIN_VALUE ? null : Instant.ofEpochMilli(since).toString());
        return section;
    }

    String sinceText() {
        return since == Long.MIN_VALUE ? "" : " since " + Instant.ofEpochMilli(since);
    }
}
