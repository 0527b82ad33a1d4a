package io.modelgate.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.Fixtures;
import io.modelgate.data.CsvReader;
import io.modelgate.data.Row;
import io.modelgate.server.admin.AdminToken;
import io.modelgate.server.model.ModelLoader;
import io.modelgate.server.requestlog.RequestLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A scoring server on an ephemeral 127.0.0.1 port for tests, its HTTP client and the shared model fixtures. */
final class ServiceFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "a-test-token-of-some-length";
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final ScoringServer server;

    private ServiceFixture(final ScoringServer server) {
        this.server = server;
    }

    static Path fixture(final String name) {
        return Fixtures.of(ServiceFixture.class, name);
    }

    static ServerOptions options() {
        return ServerOptions.defaults()
                .withAddress("127.0.0.1", 0)
                .withThreads(1, 2, 64)
                .withLifecycle(50, Duration.ofSeconds(10));
    }

    static ServiceFixture start(final Path model) throws IOException, InterruptedException {
        return start(options(), model, RequestLog.disabled());
    }

    static ServiceFixture start(final ServerOptions options, final Path model, final RequestLog log)
            throws IOException, InterruptedException {
        ServiceFixture service = listen(options, ModelLoader.pmml("credit", null), model, log);
        service.server.load();
        return service;
    }

    static ServiceFixture listen(
            final ServerOptions options, final ModelLoader loader, final Path model, final RequestLog log)
            throws InterruptedException {
        return new ServiceFixture(ScoringServer.listen(options, loader, model, AdminToken.of(TOKEN), log));
    }

    ScoringServer server() {
        return server;
    }

    URI uri(final String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(final String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(final String path, final String body, final String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    static HttpResponse<String> send(final HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(exception);
        }
    }

    HttpResponse<String> predict(final Object body) {
        try {
            return post("/v1/models/credit:predict", JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException exception) {
            throw new IllegalArgumentException(exception);
        }
    }

    static JsonNode json(final HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException exception) {
            throw new IllegalArgumentException(response.body(), exception);
        }
    }

    /** @return the holdout rows as JSON-ready records: numbers as doubles, the region as a string */
    static List<Map<String, Object>> holdout() throws IOException {
        List<Map<String, Object>> records = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(fixture("credit-holdout.csv"))) {
            List<String> header = reader.header();
            for (Row row; (row = reader.next()) != null; ) {
                Map<String, Object> record = new LinkedHashMap<>();
                for (String field : List.of("age", "income", "debt_ratio", "employment_years")) {
                    record.put(field, Double.parseDouble(row.get(header.indexOf(field))));
                }
                record.put("region", row.get(header.indexOf("region")));
                records.add(record);
            }
        }
        return records;
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(Duration.ofSeconds(10));
    }
}
