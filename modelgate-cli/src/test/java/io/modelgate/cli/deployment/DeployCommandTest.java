package io.modelgate.cli.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.cli.CommandRun;
import io.modelgate.server.ScoringServer;
import io.modelgate.server.ServerOptions;
import io.modelgate.server.admin.AdminToken;
import io.modelgate.server.model.ModelLoader;
import io.modelgate.server.requestlog.RequestLog;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployCommandTest {
    private static final Path FIXTURES = Path.of("../modelgate-core/src/test/resources/fixtures/scoring");
    private static final Path MODEL = FIXTURES.resolve("SklearnEquivalenceTest/CreditLogistic.pmml");
    private static final Path HOLDOUT = FIXTURES.resolve("SklearnEquivalenceTest/credit-holdout.csv");

    @TempDir
    Path folder;

    @Test
    void shouldRenderTheManifestsAndTheDockerfile() {
        Path output = folder.resolve("k8s");

        CommandRun run = CommandRun.of(
                "deploy",
                "render",
                "--target",
                "kubernetes",
                "--name",
                "credit",
                "--image",
                "credit:1",
                "--model-version",
                "4",
                "--model",
                MODEL,
                "--output",
                output);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("rendered 5 files").contains("put modelgate.jar into");
        assertThat(output.resolve("deployment.yaml")).content().contains("image: credit:1");
        assertThat(output.resolve("Dockerfile")).exists();
        assertThat(output.resolve("model.pmml")).hasSameBinaryContentAs(MODEL);
    }

    @Test
    void shouldRefuseAnUnknownTargetAndABadName() {
        CommandRun target = CommandRun.of(
                "deploy", "render", "--target", "nomad", "--name", "credit", "--image", "credit:1", "--output", folder);
        CommandRun name = CommandRun.of(
                "deploy",
                "render",
                "--target",
                "kubernetes",
                "--name",
                "Credit",
                "--image",
                "credit:1",
                "--output",
                folder);

        assertThat(target.exitCode()).isEqualTo(2);
        assertThat(target.err()).contains("only 'kubernetes'");
        assertThat(name.exitCode()).isEqualTo(2);
        assertThat(name.err()).contains("DNS-1123");
    }

    @Test
    void shouldSmokeTestARunningServiceAndWriteDeploymentEvidence() throws Exception {
        try (ScoringServer server = ScoringServer.listen(
                ServerOptions.defaults().withAddress("127.0.0.1", 0).withLifecycle(20, Duration.ofSeconds(5)),
                ModelLoader.pmml("credit", "4"),
                MODEL,
                AdminToken.none(),
                RequestLog.disabled())) {
            server.load();

            CommandRun run = CommandRun.of(
                    "deploy",
                    "smoke",
                    "--url",
                    "http://127.0.0.1:" + server.port(),
                    "--model",
                    MODEL,
                    "--name",
                    "credit",
                    "--data",
                    HOLDOUT,
                    "--rows",
                    50,
                    "--latency-p99-ms",
                    10_000,
                    "--evidence",
                    folder,
                    "--junit",
                    folder.resolve("junit.xml"));

            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains("[deployment] PASSED - 5 checks, 0 failed");
            JsonNode evidence = new ObjectMapper()
                    .readTree(folder.resolve("deployment.json").toFile());
            assertThat(evidence.get("kind").asText()).isEqualTo("deployment");
            assertThat(evidence.at("/subject/version").asText()).isEqualTo("4");
            assertThat(evidence.at("/inputs/0/role").asText()).isEqualTo("model");
            assertThat(evidence.at("/deployment/latency/requests").asInt()).isEqualTo(50);
            assertThat(folder.resolve("junit.xml")).exists();
        }
    }
}
