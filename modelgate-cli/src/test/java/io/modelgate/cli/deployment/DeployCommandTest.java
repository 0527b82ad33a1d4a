package io.modelgate.cli.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.cli.CommandRun;
import io.modelgate.packaging.Keys;
import io.modelgate.report.Digests;
import io.modelgate.server.ScoringServer;
import io.modelgate.server.ServerOptions;
import io.modelgate.server.admin.AdminToken;
import io.modelgate.server.model.ModelLoader;
import io.modelgate.server.requestlog.RequestLog;
import java.nio.file.Files;
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

    @Test
    void shouldRenderABundleUnderTheNameAndVersionOfItsSignedManifest() {
        Path bundle = pack("4");
        Path output = folder.resolve("k8s");

        CommandRun run = render(bundle, "--public-key", keys().resolve("modelgate.pub"), "--output", output);
        CommandRun unkeyed = render(bundle, "--output", output);
        CommandRun renamed =
                render(bundle, "--public-key", keys().resolve("modelgate.pub"), "--name", "other", "--output", output);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(output.resolve("model.zip")).hasSameBinaryContentAs(bundle);
        assertThat(output.resolve("modelgate.pub")).hasSameBinaryContentAs(keys().resolve("modelgate.pub"));
        assertThat(output.resolve("configmap.yaml")).content().contains("MODEL_NAME: credit", "MODEL_VERSION: \"4\"");
        assertThat(output.resolve("deployment.yaml")).content().contains("/models/model.zip", "--public-key");
        assertThat(unkeyed.exitCode()).isEqualTo(2);
        assertThat(unkeyed.err()).contains("is a bundle: give the public key it must be signed with (--public-key)");
        assertThat(renamed.exitCode()).isEqualTo(2);
        assertThat(renamed.err()).contains("the signed manifest names model 'credit' version '4'");
    }

    @Test
    void shouldRecordTheDeployedBundleSoThatTheDeploymentStageMatchesItWithThePackagedOne() throws Exception {
        Path bundle = pack("4");
        Path evidence = folder.resolve("evidence");
        Path policy = folder.resolve("modelgate.yaml");
        Files.writeString(policy, """
                model: credit
                stages:
                  integration: {require: []}
                  delivery: {require: [bundle]}
                  deployment: {require: [deployment]}
                """);
        try (ScoringServer server = ScoringServer.listen(
                ServerOptions.defaults().withAddress("127.0.0.1", 0).withLifecycle(20, Duration.ofSeconds(5)),
                ModelLoader.bundle(Keys.readPublic(keys().resolve("modelgate.pub"))),
                bundle,
                AdminToken.none(),
                RequestLog.disabled())) {
            server.load();
            CommandRun smoke = CommandRun.of(
                    "deploy",
                    "smoke",
                    "--url",
                    "http://127.0.0.1:" + server.port(),
                    "--model",
                    bundle,
                    "--public-key",
                    keys().resolve("modelgate.pub"),
                    "--data",
                    HOLDOUT,
                    "--rows",
                    20,
                    "--evidence",
                    evidence);
            assertThat(smoke.exitCode()).as(smoke.out() + smoke.err()).isZero();
        }
        JsonNode deployment =
                new ObjectMapper().readTree(evidence.resolve("deployment.json").toFile());
        assertThat(deployment.at("/inputs/0/role").asText()).isEqualTo("bundle");
        assertThat(deployment.at("/inputs/0/sha256").asText()).isEqualTo(Digests.sha256(bundle));
        assertThat(stage("integration", policy, evidence).exitCode()).isZero();
        assertThat(stage("delivery", policy, evidence).exitCode()).isZero();

        CommandRun deployed = stage("deployment", policy, evidence);

        assertThat(deployed.exitCode()).as(deployed.out()).isZero();
        assertThat(deployed.out())
                .contains("[consistency:bundle] PASSED - bundle "
                        + Digests.sha256(bundle).substring(0, 12) + ", deployment "
                        + Digests.sha256(bundle).substring(0, 12));

        pack("5");
        CommandRun repackaged = stage("deployment", policy, evidence);

        assertThat(repackaged.exitCode()).isEqualTo(1);
        assertThat(repackaged.out()).contains("[consistency:bundle] FAILED", "the evidence concerns different bundles");
    }

    private Path keys() {
        Path keys = folder.resolve("keys");
        if (!Files.exists(keys)) {
            assertThat(CommandRun.of("keygen", "--out", keys).exitCode()).isZero();
        }
        return keys;
    }

    private Path pack(final String version) {
        Path bundle = folder.resolve("credit-" + version + ".zip");
        CommandRun run = CommandRun.of(
                "package",
                "--model",
                MODEL,
                "--output",
                bundle,
                "--private-key",
                keys().resolve("modelgate.key"),
                "--name",
                "credit",
                "--model-version",
                version,
                "--created",
                "2026-11-28T00:00:00Z",
                "--evidence",
                folder.resolve("evidence"));
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        return bundle;
    }

    private CommandRun render(final Path bundle, final Object... more) {
        Object[] base = {"deploy", "render", "--target", "kubernetes", "--image", "credit:4", "--model", bundle};
        Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CommandRun.of(all);
    }

    private static CommandRun stage(final String name, final Path policy, final Path evidence) {
        return CommandRun.of("stage", name, "--policy", policy, "--evidence", evidence, "--triggered-by", "jenkins");
    }
}
