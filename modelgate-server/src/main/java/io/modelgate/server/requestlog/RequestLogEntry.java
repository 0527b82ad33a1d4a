package io.modelgate.server.requestlog;

import io.modelgate.scoring.Prediction;
import java.time.Instant;
import java.util.Map;

/**
 * One scored record as the request log keeps it; rendered to one JSON line by the writer thread, never by the
 * request thread.
 *
 * @param timestamp when the request was answered
 * @param requestId the request's id; for a record of a batch ({@code instances}) followed by {@code #} and the
 *     record's 0-based index
 * @param model the served model's name
 * @param version the served model's version
 * @param inputs the record's values by input field name, in the model's field order
 * @param prediction what the model answered
 * @param latencyMicros the request's time from being read to being answered, in microseconds
 */
public record RequestLogEntry(
        Instant timestamp,
        String requestId,
        String model,
        String version,
        Map<String, Object> inputs,
        Prediction prediction,
        long latencyMicros) {}
