package io.modelgate.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A client of a running scoring service (JDK HTTP client, HTTP/1.1, keep-alive), timing each call. */
final class ServiceClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;

    /**
     * One answer.
     *
     * @param status the HTTP status
     * @param body the body parsed as JSON, or {@code null} when it is not JSON
     * @param text the body as text
     * @param nanos the time from sending the request to having read the answer
     */
    record Answer(int status, JsonNode body, String text, long nanos) {}

    ServiceClient(final URI base) {
        String url = base.toString();
        this.base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    URI base() {
        return base;
    }

    Answer get(final String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer predict(final String model, final List<Map<String, Object>> records, final boolean single)
            throws IOException, InterruptedException {
        Object body = single ? Map.of("instance", records.get(0)) : Map.of("instances", records);
        return send(HttpRequest.newBuilder(URI.create(base + "/v1/models/" + model + ":predict"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
    }

    private Answer send(final HttpRequest.Builder request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response =
                client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - started;
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException notJson) {
            body = null;
        }
        return new Answer(response.statusCode(), body, response.body(), nanos);
    }
}
