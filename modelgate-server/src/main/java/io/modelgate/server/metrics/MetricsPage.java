package io.modelgate.server.metrics;

import java.util.Locale;
import java.util.Map;

/** Renders {@code /metrics}: the counters of {@link ServerMetrics} and the gauges of a {@link ServiceState}. */
public final class MetricsPage {
    private MetricsPage() {}

    /**
     * Renders the page.
     *
     * @param metrics the counters
     * @param state the gauges
     * @return the Prometheus text exposition
     */
    public static String render(final ServerMetrics metrics, final ServiceState state) {
        var text = new PrometheusText();
        metrics.render(text);
        text.family(
                "modelgate_model_info",
                "gauge",
                "The model serving: always 1, with its name, version and digests as labels.");
        if (!state.model().isEmpty()) {
            StringBuilder labels = new StringBuilder();
            labels.append(PrometheusText.label("model", state.model()))
                    .append(',')
                    .append(PrometheusText.label("version", state.version()));
            for (Map.Entry<String, String> digest : state.digests().entrySet()) {
                labels.append(',').append(PrometheusText.label(labelName(digest.getKey()), digest.getValue()));
            }
            text.sample("modelgate_model_info", labels.toString(), 1);
        }
        text.family("modelgate_ready", "gauge", "1 when the service takes predict requests (warmed up, not draining).");
        text.sample("modelgate_ready", "", state.ready() ? 1 : 0);
        text.family("modelgate_http_requests_in_flight", "gauge", "Predict requests being scored or queued.");
        text.sample("modelgate_http_requests_in_flight", "", state.inFlight());
        text.family("modelgate_request_log_lines_total", "counter", "Request log lines written.");
        text.sample("modelgate_request_log_lines_total", "", state.logWritten());
        text.family(
                "modelgate_request_log_dropped_total",
                "counter",
                "Sampled records not logged: the writer's queue was full or a write failed.");
        text.sample("modelgate_request_log_dropped_total", "", state.logDropped());
        text.family("modelgate_request_log_write_errors_total", "counter", "Request log write errors.");
        text.sample("modelgate_request_log_write_errors_total", "", state.logFailures());
        return text.toString();
    }

    private static String labelName(final String role) {
        return role.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_sha256";
    }
}
