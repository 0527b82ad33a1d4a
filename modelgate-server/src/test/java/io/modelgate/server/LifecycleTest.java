package io.modelgate.server;

import static io.modelgate.server.PredictApiTest.assertRefused;
import static io.modelgate.server.ServiceFixture.fixture;
import static io.modelgate.server.ServiceFixture.holdout;
import static io.modelgate.server.ServiceFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.server.model.ModelLoader;
import io.modelgate.server.requestlog.RequestLog;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LifecycleTest {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path folder;

    @Test
    void shouldBeLiveAtOnceButReadyOnlyAfterTheModelLoadedAndWarmedUp() throws Exception {
        var loading = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        ModelLoader slow = source -> {
            loading.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException exception) {
                Thread.currentThread().interrupt();
            }
            return ModelLoader.pmml("credit", "7").load(source);
        };
        try (ServiceFixture service = ServiceFixture.listen(
                ServiceFixture.options(), slow, fixture("CreditLogistic.pmml"), RequestLog.disabled())) {
            CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
                try {
                    service.server().load();
                } catch (java.io.IOException exception) {
                    throw new java.io.UncheckedIOException(exception);
                }
            });
            assertThat(loading.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(service.get("/health/live").statusCode()).isEqualTo(200);
            assertRefused(service.get("/health/ready"), 503, "not_ready", -1, null);
            assertRefused(service.predict(Map.of("instance", holdout().get(0))), 503, "not_ready", -1, null);
            assertThat(service.server().isReady()).isFalse();

            release.countDown();
            load.get(30, TimeUnit.SECONDS);

            HttpResponse<String> ready = service.get("/health/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(json(ready).get("version").asText()).isEqualTo("7");
            assertThat(service.predict(Map.of("instance", holdout().get(0))).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void shouldAnswer503WhenEveryScoringThreadIsBusyAndTheQueueIsFull() throws Exception {
        var sampler = new BlockingSampler();
        ServerOptions options = ServiceFixture.options().withThreads(1, 1, 1);
        try (ServiceFixture service =
                ServiceFixture.start(options, fixture("CreditLogistic.pmml"), sampler.log(folder))) {
            String body = ServiceFixture.JSON.writeValueAsString(
                    Map.of("instance", holdout().get(0)));
            CompletableFuture<HttpResponse<String>> first = sendAsync(service, body);
            sampler.awaitBlocked();
            CompletableFuture<HttpResponse<String>> queued = sendAsync(service, body);
            awaitInFlight(service, 2);

            HttpResponse<String> refused = service.post("/v1/models/credit:predict", body);

            assertRefused(refused, 503, "overloaded", -1, null);
            sampler.release();
            assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(queued.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldAnswer503WhenARequestWaitedLongerThanTheTimeLimit() throws Exception {
        var sampler = new BlockingSampler(false);
        ServerOptions options = ServiceFixture.options().withThreads(1, 1, 4).withLimits(1 << 20, 100, 1_000);
        try (ServiceFixture service =
                ServiceFixture.start(options, fixture("CreditLogistic.pmml"), sampler.log(folder))) {
            String body = ServiceFixture.JSON.writeValueAsString(
                    Map.of("instance", holdout().get(0)));
            assertThat(service.post("/v1/models/credit:predict", body).statusCode())
                    .as("a first request, answered before the scoring thread is held")
                    .isEqualTo(200);
            sampler.arm();
            CompletableFuture<HttpResponse<String>> first = sendAsync(service, body);
            sampler.awaitBlocked();
            CompletableFuture<HttpResponse<String>> late = sendAsync(service, body);
            awaitInFlight(service, 2);
            Thread.sleep(1_500); // longer than the 1 s limit, so that the queued request has expired

            sampler.release();

            assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            HttpResponse<String> timedOut = late.get(30, TimeUnit.SECONDS);
            assertRefused(timedOut, 503, "timeout", -1, null);
            assertThat(json(timedOut).get("message").asText())
                    .contains("1000 ms")
                    .contains("waiting");
        }
    }

    @Test
    void shouldFinishTheRequestsInFlightBeforeStopping() throws Exception {
        var sampler = new BlockingSampler();
        ServerOptions options = ServiceFixture.options().withThreads(1, 1, 4);
        ServiceFixture service = ServiceFixture.start(options, fixture("CreditLogistic.pmml"), sampler.log(folder));
        String body = ServiceFixture.JSON.writeValueAsString(
                Map.of("instances", holdout().subList(0, 5)));
        CompletableFuture<HttpResponse<String>> inFlight = sendAsync(service, body);
        sampler.awaitBlocked();

        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> {
            try {
                return service.server().stop(Duration.ofSeconds(30));
            } catch (InterruptedException exception) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        awaitNotReady(service);
        assertThat(stopped).isNotDone();
        sampler.release();

        HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer).get("predictions")).hasSize(5);
        assertThat(stopped.get(30, TimeUnit.SECONDS)).isTrue();
        List<Path> logs;
        try (var files = java.nio.file.Files.list(folder)) {
            logs = files.toList();
        }
        assertThat(logs).as("the request log is rotated on stop").hasSize(1);
        assertThat(logs.get(0).getFileName().toString()).endsWith(".jsonl.gz");
    }

    private static CompletableFuture<HttpResponse<String>> sendAsync(final ServiceFixture service, final String body) {
        return CLIENT.sendAsync(
                HttpRequest.newBuilder(service.uri("/v1/models/credit:predict"))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void awaitInFlight(final ServiceFixture service, final int requests) throws InterruptedException {
        String expected = "modelgate_http_requests_in_flight " + requests + "\n";
        for (int i = 0; i < 300; i++) {
            if (service.get("/metrics").body().contains(expected)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("Never " + requests + " requests in flight");
    }

    private static void awaitNotReady(final ServiceFixture service) throws InterruptedException {
        for (int i = 0; i < 300 && service.server().isReady(); i++) {
            Thread.sleep(20);
        }
        assertThat(service.server().isReady()).isFalse();
    }
}
