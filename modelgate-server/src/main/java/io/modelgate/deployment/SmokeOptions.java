package io.modelgate.deployment;

import java.net.URI;

/**
 * How to smoke-test a running service.
 *
 * @param url the service's base URL, e.g. {@code http://127.0.0.1:8080}
 * @param name the served model's name in the URLs
 * @param version the model version the evidence is about, or {@code null} for the version the service reports
 * @param rows the most sample rows sent
 * @param latencyBudgetMillis the largest acceptable p99 latency of a one-record request, or {@code null} for none
 * @param warmUpRequests one-record requests sent first and not timed (the client's and connection's first calls)
 * @param batchSize records per batch request in the batch pass
 */
public record SmokeOptions(
        URI url, String name, String version, int rows, Double latencyBudgetMillis, int warmUpRequests, int batchSize) {
    /**
     * Checks the options.
     *
     * @param url the base URL
     * @param name the served name
     * @param version the version, or {@code null}
     * @param rows the most rows
     * @param latencyBudgetMillis the p99 budget, or {@code null}
     * @param warmUpRequests untimed requests
     * @param batchSize records per batch
     * @throws IllegalArgumentException when a value is out of range or the URL is not http(s)
     */
    public SmokeOptions {
        String scheme = url.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || url.getHost() == null) {
            throw new IllegalArgumentException("The URL must be http:// or https:// with a host: " + url);
        }
        if (rows < 1 || warmUpRequests < 0 || batchSize < 1) {
            throw new IllegalArgumentException("Rows and batch size must be positive, warm-up requests not negative");
        }
        if (latencyBudgetMillis != null && !(latencyBudgetMillis > 0)) {
            throw new IllegalArgumentException("The latency budget must be positive: " + latencyBudgetMillis);
        }
    }
}
