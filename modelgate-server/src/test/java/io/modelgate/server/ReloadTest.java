package io.modelgate.server;

import static io.modelgate.server.PredictApiTest.assertRefused;
import static io.modelgate.server.ServiceFixture.fixture;
import static io.modelgate.server.ServiceFixture.holdout;
import static io.modelgate.server.ServiceFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.server.admin.AdminToken;
import io.modelgate.server.model.ModelLoader;
import io.modelgate.server.requestlog.RequestLog;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sun.misc.Signal;

class ReloadTest {
    private static final String AUTHORIZATION = "Bearer " + ServiceFixture.TOKEN;
    private static final int THREADS = 4;
    private static final int REQUESTS = 500;

    @TempDir
    Path folder;

    @Test
    void shouldSwapModelsUnderLoadWithoutAFailedRequest() throws Exception {
        PmmlModel logistic = PmmlModel.load(fixture("CreditLogistic.pmml"));
        PmmlModel tree = PmmlModel.load(fixture("CreditTree.pmml"));
        Map<String, PmmlModel> byVersion = Map.of(
                logistic.hash().substring(0, 12), logistic,
                tree.hash().substring(0, 12), tree);
        Path source = folder.resolve("model.pmml");
        replace(source, "CreditLogistic.pmml");
        List<Map<String, Object>> records = holdout();
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        try (ServiceFixture service = ServiceFixture.start(source)) {
            AtomicBoolean done = new AtomicBoolean();
            List<Future<List<String>>> failures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                failures.add(clients.submit(() -> load(service, records, byVersion, thread)));
            }
            int reloads = 0;
            while (failures.stream().anyMatch(f -> !f.isDone()) && reloads < 40) {
                replace(source, reloads % 2 == 0 ? "CreditTree.pmml" : "CreditLogistic.pmml");
                HttpResponse<String> reloaded = service.post("/admin/reload", "", "Authorization", AUTHORIZATION);
                assertThat(reloaded.statusCode()).as(reloaded.body()).isEqualTo(200);
                reloads++;
            }
            done.set(true);
            List<String> problems = new ArrayList<>();
            for (Future<List<String>> failure : failures) {
                problems.addAll(failure.get(5, TimeUnit.MINUTES));
            }

            assertThat(problems).isEmpty();
            assertThat(reloads).isGreaterThanOrEqualTo(2);
            assertThat(service.get("/metrics").body())
                    .contains("modelgate_model_reloads_total{result=\"success\"} " + (reloads + 1))
                    .contains("modelgate_http_requests_total{endpoint=\"predict\",code=\"200\"} " + THREADS * REQUESTS);
        } finally {
            clients.shutdownNow();
        }
    }

    private static List<String> load(
            final ServiceFixture service,
            final List<Map<String, Object>> records,
            final Map<String, PmmlModel> byVersion,
            final int thread) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Map<String, Object> record = records.get((thread * REQUESTS + i) % records.size());
            HttpResponse<String> response = service.predict(Map.of("instance", record));
            if (response.statusCode() != 200) {
                problems.add("request " + i + " of thread " + thread + ": " + response.body());
                continue;
            }
            JsonNode answer = json(response);
            PmmlModel model = byVersion.get(answer.get("version").asText());
            double expected = model.score(record).probability("1");
            double actual =
                    answer.get("prediction").get("probabilities").get("1").doubleValue();
            if (expected != actual) {
                problems.add("request " + i + " of thread " + thread + ": " + actual + " instead of " + expected);
            }
        }
        return problems;
    }

    @Test
    void shouldKeepTheOldModelServingWhenTheNewOneIsBroken() throws Exception {
        Path source = folder.resolve("model.pmml");
        replace(source, "CreditLogistic.pmml");
        try (ServiceFixture service = ServiceFixture.start(source)) {
            String version = service.server().model().version();
            replace(source, "broken.pmml");

            HttpResponse<String> reloaded = service.post("/admin/reload", "", "Authorization", AUTHORIZATION);

            assertRefused(reloaded, 422, "reload_failed", -1, null);
            assertThat(json(reloaded).get("message").asText())
                    .contains("version " + version + " keeps serving")
                    .contains("model.pmml");
            HttpResponse<String> answer =
                    service.predict(Map.of("instance", holdout().get(0)));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(json(answer).get("version").asText()).isEqualTo(version);
            assertThat(service.get("/health/ready").statusCode()).isEqualTo(200);
            assertThat(service.get("/metrics").body())
                    .contains("modelgate_model_reloads_total{result=\"failure\"} 1")
                    .contains("modelgate_http_request_errors_total{error=\"reload_failed\"} 1");

            replace(source, "CreditTree.pmml");
            HttpResponse<String> repaired = service.post("/admin/reload", "", "Authorization", AUTHORIZATION);
            assertThat(repaired.statusCode()).isEqualTo(200);
            assertThat(json(repaired).get("previousVersion").asText()).isEqualTo(version);
            assertThat(json(repaired).get("version").asText()).isNotEqualTo(version);
        }
    }

    @Test
    void shouldGuardTheReloadWithTheToken() throws Exception {
        try (ServiceFixture service = ServiceFixture.start(fixture("CreditLogistic.pmml"))) {
            assertRefused(service.post("/admin/reload", ""), 401, "unauthorized", -1, null);
            assertRefused(
                    service.post("/admin/reload", "", "Authorization", "Bearer a-wrong-token-of-some-length"),
                    401,
                    "unauthorized",
                    -1,
                    null);
            assertRefused(service.get("/admin/reload"), 405, "method_not_allowed", -1, null);
        }
        ServerOptions options = ServiceFixture.options();
        try (ScoringServer server = ScoringServer.listen(
                options,
                ModelLoader.pmml("credit", null),
                fixture("CreditLogistic.pmml"),
                AdminToken.none(),
                RequestLog.disabled())) {
            server.load();
            var response = ServiceFixture.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + server.port() + "/admin/reload"))
                    .header("Authorization", AUTHORIZATION)
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
            assertRefused(response, 403, "admin_disabled", -1, null);
        }
    }

    @Test
    void shouldRunTheReloadOnSighup() throws Exception {
        var hangUp = new CountDownLatch(1);

        boolean installed = SignalReload.install(hangUp::countDown);
        Signal.raise(new Signal("HUP"));

        assertThat(installed).isTrue();
        assertThat(hangUp.await(30, TimeUnit.SECONDS)).isTrue();
    }

    private static void replace(final Path source, final String fixture) throws java.io.IOException {
        Path partial = source.resolveSibling("partial.pmml");
        Files.copy(fixture(fixture), partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, source, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
