package io.modelgate.server.metrics;

import java.util.Map;

/**
 * What the service is doing at the moment {@code /metrics} is read: the model serving, readiness, requests in
 * flight and the request log's counters.
 *
 * @param model the served model's name, or empty before the first load
 * @param version its version
 * @param digests its digests by role
 * @param ready whether {@code /health/ready} answers 200
 * @param inFlight predict requests being scored or waiting for a thread
 * @param logWritten request log lines written
 * @param logDropped request log records dropped (queue full or write error)
 * @param logFailures request log write errors
 */
public record ServiceState(
        String model,
        String version,
        Map<String, String> digests,
        boolean ready,
        int inFlight,
        long logWritten,
        long logDropped,
        long logFailures) {}
