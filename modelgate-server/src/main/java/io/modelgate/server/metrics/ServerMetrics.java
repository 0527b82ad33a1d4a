package io.modelgate.server.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The service's counters and histograms, updated lock-free by request threads and rendered for {@code /metrics} by
 * {@link MetricsPage}: requests by endpoint and status code, refusals by error code, latency per endpoint, batch
 * sizes, records scored and reloads.
 */
public final class ServerMetrics {
    static final double[] LATENCY_SECONDS = {
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
    };
    static final double[] BATCH_SIZES = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000};

    private final ConcurrentMap<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Histogram> latency = new ConcurrentHashMap<>();
    private final Histogram batches = new Histogram(BATCH_SIZES);
    private final LongAdder records = new LongAdder();
    private final LongAdder reloadSuccesses = new LongAdder();
    private final LongAdder reloadFailures = new LongAdder();

    /**
     * Counts an answer.
     *
     * @param endpoint the endpoint's short name ({@code predict}, {@code model}, {@code ready}, ...)
     * @param status the HTTP status code sent
     * @param nanos the time from reading the request to answering it
     */
    public void answered(final String endpoint, final int status, final long nanos) {
        requests.computeIfAbsent(
                        PrometheusText.label("endpoint", endpoint) + ","
                                + PrometheusText.label("code", Integer.toString(status)),
                        key -> new LongAdder())
                .increment();
        latency.computeIfAbsent(endpoint, key -> new Histogram(LATENCY_SECONDS)).observe(nanos / 1e9);
    }

    /**
     * Counts a refused request by its error code.
     *
     * @param error the code of the JSON error, e.g. {@code missing_field}
     */
    public void refused(final String error) {
        errors.computeIfAbsent(error, key -> new LongAdder()).increment();
    }

    /**
     * Counts a scored batch.
     *
     * @param size its records
     */
    public void scored(final int size) {
        batches.observe(size);
        records.add(size);
    }

    /**
     * Counts a reload.
     *
     * @param success whether the new model serves now
     */
    public void reloaded(final boolean success) {
        (success ? reloadSuccesses : reloadFailures).increment();
    }

    void render(final PrometheusText text) {
        text.family("modelgate_http_requests_total", "counter", "Requests answered, by endpoint and status code.");
        sorted(requests).forEach((labels, count) -> text.sample("modelgate_http_requests_total", labels, count.sum()));
        text.family(
                "modelgate_http_request_errors_total", "counter", "Requests refused, by the error code of the answer.");
        sorted(errors)
                .forEach((error, count) -> text.sample(
                        "modelgate_http_request_errors_total", PrometheusText.label("error", error), count.sum()));
        text.family(
                "modelgate_http_request_duration_seconds",
                "histogram",
                "Time from reading a request to answering it, by endpoint.");
        sorted(latency)
                .forEach((endpoint, histogram) -> histogram.render(
                        text, "modelgate_http_request_duration_seconds", PrometheusText.label("endpoint", endpoint)));
        text.family("modelgate_predict_batch_size", "histogram", "Records per scored predict request.");
        batches.render(text, "modelgate_predict_batch_size", "");
        text.family("modelgate_predict_records_total", "counter", "Records scored.");
        text.sample("modelgate_predict_records_total", "", records.sum());
        text.family("modelgate_model_reloads_total", "counter", "Model reloads, by result.");
        text.sample("modelgate_model_reloads_total", PrometheusText.label("result", "success"), reloadSuccesses.sum());
        text.sample("modelgate_model_reloads_total", PrometheusText.label("result", "failure"), reloadFailures.sum());
    }

    private static <T> Map<String, T> sorted(final Map<String, T> map) {
        return new TreeMap<>(map);
    }
}
