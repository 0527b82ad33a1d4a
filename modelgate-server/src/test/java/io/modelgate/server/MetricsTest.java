package io.modelgate.server;

import static io.modelgate.server.ServiceFixture.fixture;
import static io.modelgate.server.ServiceFixture.holdout;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"(?:\\\\.|[^\"\\\\])*\""
                    + "(?:,[a-zA-Z_][a-zA-Z0-9_]*=\"(?:\\\\.|[^\"\\\\])*\")*\\})? (NaN|[+-]Inf|-?[0-9.]+(?:[eE][+-]?[0-9]+)?)");
    private static final Pattern FAMILY = Pattern.compile("# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.+)");

    @Test
    void shouldExposeValidPrometheusTextThatCountsWhatHappened() throws Exception {
        List<Map<String, Object>> records = holdout();
        try (ServiceFixture service = ServiceFixture.start(fixture("CreditLogistic.pmml"))) {
            service.predict(Map.of("instances", records.subList(0, 3)));
            service.predict(Map.of("instances", records.subList(0, 100)));
            service.predict(Map.of("instance", records.get(0)));
            service.predict(Map.of("instances", List.of(Map.of("age", 1))));
            service.get("/health/ready");

            // The gauge drops when the answer has been written, which the client can see a moment before: wait for it.
            HttpResponse<String> response = service.get("/metrics");
            for (int i = 0; i < 100 && parse(response.body()).get("modelgate_http_requests_in_flight") > 0; i++) {
                Thread.sleep(20);
                response = service.get("/metrics");
            }

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValue("text/plain; version=0.0.4; charset=utf-8");
            Map<String, Double> samples = parse(response.body());
            assertThat(samples)
                    .containsEntry("modelgate_http_requests_total{endpoint=\"predict\",code=\"200\"}", 3.0)
                    .containsEntry("modelgate_http_requests_total{endpoint=\"predict\",code=\"400\"}", 1.0)
                    .containsEntry("modelgate_http_requests_total{endpoint=\"ready\",code=\"200\"}", 1.0)
                    .containsEntry("modelgate_http_request_errors_total{error=\"missing_field\"}", 1.0)
                    .containsEntry("modelgate_http_request_duration_seconds_count{endpoint=\"predict\"}", 4.0)
                    .containsEntry(
                            "modelgate_http_request_duration_seconds_bucket{endpoint=\"predict\",le=\"+Inf\"}", 4.0)
                    .containsEntry("modelgate_predict_batch_size_count", 3.0)
                    .containsEntry("modelgate_predict_batch_size_sum", 104.0)
                    .containsEntry("modelgate_predict_batch_size_bucket{le=\"1\"}", 1.0)
                    .containsEntry("modelgate_predict_batch_size_bucket{le=\"5\"}", 2.0)
                    .containsEntry("modelgate_predict_batch_size_bucket{le=\"100\"}", 3.0)
                    .containsEntry("modelgate_predict_records_total", 104.0)
                    .containsEntry("modelgate_model_reloads_total{result=\"success\"}", 1.0)
                    .containsEntry("modelgate_ready", 1.0)
                    .containsEntry("modelgate_http_requests_in_flight", 0.0)
                    .containsEntry("modelgate_request_log_dropped_total", 0.0);
            String version = service.server().model().version();
            String hash = service.server().model().digests().get("model");
            assertThat(samples)
                    .containsEntry(
                            "modelgate_model_info{model=\"credit\",version=\"" + version + "\",model_sha256=\"" + hash
                                    + "\"}",
                            1.0);
        }
    }

    /** Parses the exposition, checking that every sample belongs to a family declared with HELP and TYPE. */
    private static Map<String, Double> parse(final String text) {
        Map<String, Double> samples = new HashMap<>();
        Set<String> help = new HashSet<>();
        Map<String, String> types = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher family = FAMILY.matcher(line);
            if (family.matches()) {
                if (family.group(1).equals("HELP")) {
                    help.add(family.group(2));
                } else {
                    assertThat(family.group(3)).isIn("counter", "gauge", "histogram");
                    types.put(family.group(2), family.group(3));
                }
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertThat(sample.matches()).as("a valid sample line: %s", line).isTrue();
            String name = sample.group(1);
            String base = types.containsKey(name) ? name : name.replaceFirst("_(bucket|sum|count)$", "");
            assertThat(types).as("TYPE of %s", line).containsKey(base);
            assertThat(help).as("HELP of %s", line).contains(base);
            samples.put(
                    name + (sample.group(2) == null ? "" : sample.group(2)),
                    Double.parseDouble(sample.group(3).replace("+Inf", "Infinity")));
        }
        return samples;
    }
}
