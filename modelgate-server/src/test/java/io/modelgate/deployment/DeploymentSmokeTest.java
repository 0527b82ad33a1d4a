package io.modelgate.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.Fixtures;
import io.modelgate.packaging.BundleBuilder;
import io.modelgate.packaging.BundleRequest;
import io.modelgate.packaging.Keys;
import io.modelgate.report.Check;
import io.modelgate.report.Digests;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.server.ScoringServer;
import io.modelgate.server.ServerOptions;
import io.modelgate.server.admin.AdminToken;
import io.modelgate.server.model.ModelLoader;
import io.modelgate.server.requestlog.RequestLog;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentSmokeTest {
    @TempDir
    Path folder;

    private static final Path LOGISTIC = Fixtures.of(DeploymentSmokeTest.class, "CreditLogistic.pmml");
    private static final Path LINEAR = Fixtures.of(DeploymentSmokeTest.class, "CreditLimitLinear.pmml");
    private static final Path HOLDOUT = Fixtures.of(DeploymentSmokeTest.class, "credit-holdout.csv");

    @Test
    void shouldPassWhenTheServiceAnswersLikeTheBatchScorer() throws Exception {
        try (ScoringServer server = serve(LOGISTIC)) {
            Evidence evidence = new DeploymentSmoke(options(server, 1_000.0)).run(LOGISTIC, HOLDOUT);

            assertThat(evidence.kind()).isEqualTo("deployment");
            assertThat(evidence.status()).isEqualTo(GateStatus.PASSED);
            assertThat(evidence.checks())
                    .extracting(Check::name)
                    .containsExactly("service-ready", "model-identity", "answers", "batch-answers", "latency-p99");
            assertThat(evidence.checks().get(2).actual()).isEqualTo("0 of 300 rows differ");
            assertThat(evidence.inputs()).extracting(input -> input.role()).containsExactly("model", "data");
            assertThat(evidence.inputs().get(0).sha256())
                    .isEqualTo(PmmlModel.load(LOGISTIC).hash());
            assertThat(evidence.inputs().get(1).rows()).isEqualTo(300);
            assertThat(evidence.subject().version()).isEqualTo("9");
            @SuppressWarnings("unchecked")
            Map<String, Object> latency =
                    (Map<String, Object>) ((Map<String, Object>) evidence.section("deployment")).get("latency");
            assertThat(latency).containsKeys("p50Ms", "p99Ms", "maxMs").containsEntry("requests", 300);
        }
    }

    @Test
    void shouldCheckRegressionValuesAndFailAnUnmetLatencyBudget() throws Exception {
        try (ScoringServer server = serve(LINEAR)) {
            Evidence evidence = new DeploymentSmoke(options(server, 1e-6)).run(LINEAR, HOLDOUT);

            assertThat(evidence.status()).isEqualTo(GateStatus.FAILED);
            assertThat(evidence.checks())
                    .filteredOn(check -> check.name().equals("batch-answers"))
                    .singleElement()
                    .extracting(Check::status)
                    .isEqualTo(GateStatus.PASSED);
            assertThat(evidence.problems()).singleElement().satisfies(check -> {
                assertThat(check.name()).isEqualTo("latency-p99");
                assertThat(check.message()).contains("300 one-record requests");
            });
        }
    }

    @Test
    void shouldFailWhenTheServiceServesAnotherModel() throws Exception {
        try (ScoringServer server = serve(LINEAR)) {
            Evidence evidence = new DeploymentSmoke(options(server, null)).run(LOGISTIC, HOLDOUT);

            assertThat(evidence.status()).isEqualTo(GateStatus.FAILED);
            assertThat(evidence.problems()).extracting(Check::name).containsExactly("model-identity");
            assertThat(evidence.problems().get(0).message()).contains("serves another model");
            assertThat(evidence.checks()).extracting(Check::status).contains(GateStatus.INACTIVE);
        }
    }

    @Test
    void shouldCheckThatTheServiceServesTheVeryBundleAndRecordItsDigest() throws Exception {
        KeyPair keys = Keys.generate();
        Path bundle = folder.resolve("credit-9.zip");
        Files.write(
                bundle,
                BundleBuilder.build(
                        new BundleRequest(
                                LOGISTIC,
                                "credit",
                                "9",
                                "2026-11-28T00:00:00Z",
                                "",
                                "",
                                "",
                                "local:test",
                                List.of(),
                                keys.getPrivate()),
                        PmmlModel.load(LOGISTIC),
                        keys.getPublic()));
        try (ScoringServer server = serve(ModelLoader.bundle(keys.getPublic()), bundle)) {
            Evidence evidence = new DeploymentSmoke(options(server, null)).run(bundle, keys.getPublic(), HOLDOUT);

            assertThat(evidence.status()).as(evidence.problems().toString()).isEqualTo(GateStatus.PASSED);
            assertThat(evidence.inputs()).extracting(Input::role).containsExactly("bundle", "model", "data");
            assertThat(evidence.inputs().get(0).sha256()).isEqualTo(Digests.sha256(bundle));
            assertThat(evidence.checks().get(1).message()).contains("serves the bundle (bundle sha256");
        }
        try (ScoringServer server = serve(LOGISTIC)) {
            Evidence evidence = new DeploymentSmoke(options(server, null)).run(bundle, keys.getPublic(), HOLDOUT);

            assertThat(evidence.status()).isEqualTo(GateStatus.FAILED);
            assertThat(evidence.checks().get(1).name()).isEqualTo("model-identity");
            assertThat(evidence.checks().get(1).status()).isEqualTo(GateStatus.FAILED);
        }
    }

    @Test
    void shouldFailWhenNothingAnswers() throws Exception {
        var options = new SmokeOptions(URI.create("http://127.0.0.1:9"), "credit", null, 5, null, 0, 100);

        Evidence evidence = new DeploymentSmoke(options).run(LOGISTIC, HOLDOUT);

        assertThat(evidence.status()).isEqualTo(GateStatus.FAILED);
        assertThat(evidence.checks().get(0).name()).isEqualTo("service-ready");
        assertThat(evidence.checks().get(0).message()).contains("does not answer");
    }

    private static SmokeOptions options(final ScoringServer server, final Double budget) {
        return new SmokeOptions(
                URI.create("http://127.0.0.1:" + server.port() + "/"), "credit", null, 300, budget, 10, 64);
    }

    private static ScoringServer serve(final Path model) throws Exception {
        return serve(ModelLoader.pmml("credit", "9"), model);
    }

    private static ScoringServer serve(final ModelLoader loader, final Path model) throws Exception {
        ScoringServer server = ScoringServer.listen(
                ServerOptions.defaults().withAddress("127.0.0.1", 0).withLifecycle(20, Duration.ofSeconds(5)),
                loader,
                model,
                AdminToken.none(),
                RequestLog.disabled());
        server.load();
        return server;
    }
}
