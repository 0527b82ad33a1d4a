package io.modelgate.jenkins.steps;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import hudson.AbortException;
import io.modelgate.packaging.BundleBuilder;
import io.modelgate.packaging.BundleRequest;
import io.modelgate.packaging.Keys;
import io.modelgate.report.Digests;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.server.ScoringServer;
import io.modelgate.server.ServerOptions;
import io.modelgate.server.admin.AdminToken;
import io.modelgate.server.model.ModelLoader;
import io.modelgate.server.requestlog.RequestLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mlDeploy} on a bundle of a real scikit-learn model, smoke-testing a real scoring service on loopback. */
class DeployStepTest {
    private static final String MODEL = "CreditLogistic.pmml";
    private static final String HOLDOUT = "credit-holdout.csv";

    @TempDir
    Path workspace;

    private KeyPair keys;

    @BeforeEach
    void packageTheCandidate() throws Exception {
        Workspaces.copy(workspace, Workspaces.MODELS, MODEL, HOLDOUT);
        Files.writeString(workspace.resolve("modelgate.yaml"), "model: credit-risk\n");
        keys = Keys.generate();
        Keys.write(keys, workspace.resolve("keys"));
        Path model = workspace.resolve(MODEL);
        Files.createDirectories(workspace.resolve("build"));
        Files.write(
                workspace.resolve("build/bundle.zip"),
                BundleBuilder.build(
                        new BundleRequest(
                                model,
                                "credit-risk",
                                "7",
                                "2026-11-28T00:00:00Z",
                                "",
                                "",
                                "",
                                "local:test",
                                List.of(),
                                keys.getPrivate()),
                        PmmlModel.load(model),
                        keys.getPublic()));
    }

    @Test
    void shouldRenderTheFilesAndRecordAnInactiveSmokeTestWithoutAUrl() throws Exception {
        DeployStep step = step();
        step.setImage("registry.example.com/modelgate:0.1.0");

        FakeStepContext context = run(step);

        assertThat(context.failure()).isNull();
        assertThat(context.summary())
                .containsEntry("status", "INACTIVE")
                .containsEntry("kind", "deployment")
                .containsEntry("evidence", "modelgate-evidence/deployment.json");
        assertThat(workspace.resolve("deploy/staging"))
                .isDirectoryContaining("glob:**/deployment.yaml")
                .isDirectoryContaining("glob:**/Dockerfile")
                .isDirectoryContaining("glob:**/model.zip")
                .isDirectoryContaining("glob:**/modelgate.pub");
        assertThat(workspace.resolve("deploy/staging/deployment.yaml"))
                .content()
                .contains("registry.example.com/modelgate:0.1.0");
        assertThat(workspace.resolve("modelgate-evidence/deployment.json"))
                .content()
                .contains("\"status\" : \"INACTIVE\"")
                .contains("no url of a running service in staging: deploy the rendered files and pass url")
                .contains("\"target\" : \"staging\"")
                .contains("\"role\" : \"bundle\"")
                .contains(Digests.sha256(workspace.resolve("build/bundle.zip")))
                .contains("\"model\" : \"credit-risk\"", "\"version\" : \"7\"");
    }

    @Test
    void shouldRenderNothingWithoutAnImage() {
        FakeStepContext context = run(step());

        assertThat(context.summary()).containsEntry("status", "INACTIVE");
        assertThat(workspace.resolve("deploy")).doesNotExist();
    }

    @Test
    void shouldPassWhenTheServiceInTheTargetAnswersLikeTheBundle() throws Exception {
        try (ScoringServer server = serve()) {
            DeployStep step = step();
            step.setUrl("http://127.0.0.1:" + server.port());
            step.setSmokeTest(HOLDOUT);
            step.setRows(50);
            step.setLatencyP99Ms(10_000.0);

            FakeStepContext context = run(step);

            assertThat(context.failure()).isNull();
            assertThat(context.summary()).containsEntry("status", "PASSED");
            assertThat(workspace.resolve("modelgate-evidence/deployment.json"))
                    .content()
                    .contains("\"role\" : \"bundle\"", "\"path\" : \"build/bundle.zip\"")
                    .contains(Digests.sha256(workspace.resolve("build/bundle.zip")))
                    .contains("\"target\" : \"staging\"", "\"version\" : \"7\"")
                    .contains("0 of 50 rows differ");
        }
    }

    @Test
    void shouldStopTheBuildWhenTheServiceServesAnotherModel() throws Exception {
        try (ScoringServer server = serve()) {
            Workspaces.copy(workspace, Workspaces.MODELS, "CreditTree.pmml");
            Files.write(
                    workspace.resolve("build/bundle.zip"),
                    BundleBuilder.build(
                            new BundleRequest(
                                    workspace.resolve("CreditTree.pmml"),
                                    "credit-risk",
                                    "7",
                                    "2026-11-28T00:00:00Z",
                                    "",
                                    "",
                                    "",
                                    "local:test",
                                    List.of(),
                                    keys.getPrivate()),
                            PmmlModel.load(workspace.resolve("CreditTree.pmml")),
                            keys.getPublic()));
            DeployStep step = step();
            step.setUrl("http://127.0.0.1:" + server.port());
            step.setSmokeTest(HOLDOUT);

            FakeStepContext context = run(step);

            assertThat(context.failure()).isExactlyInstanceOf(AbortException.class);
            assertThat(context.failure().getMessage()).contains("model-identity");
        }
    }

    @Test
    void shouldRefuseABundleSignedWithAnotherKey() throws Exception {
        Keys.write(Keys.generate(), workspace.resolve("other"));
        DeployStep step = step();
        step.setPublicKey("other/modelgate.pub");

        FakeStepContext context = run(step);

        assertThat(context.failure()).isExactlyInstanceOf(AbortException.class);
        assertThat(workspace.resolve("modelgate-evidence/deployment.json")).doesNotExist();
    }

    @Test
    void shouldAskForTheRowsToSendWithAUrl() {
        DeployStep step = step();
        step.setUrl("http://127.0.0.1:9");

        FakeStepContext context = run(step);

        assertThat(context.failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageContaining("url needs the smokeTest rows");
    }

    @Test
    void shouldNeverLoadTheServersNettyToDeploy() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.modelgate.jenkins", "io.modelgate.deployment");

        noClasses()
                .that()
                .resideInAnyPackage("io.modelgate.jenkins..", "io.modelgate.deployment..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.netty..", "io.modelgate.server..")
                .check(classes);
        assertThat(classes.contain(DeployStep.class)).isTrue();
        assertThat(classes.contain(io.modelgate.deployment.DeploymentSmoke.class))
                .isTrue();
    }

    private DeployStep step() {
        DeployStep step = new DeployStep("build/bundle.zip", "staging");
        step.setPublicKey("keys/modelgate.pub");
        step.setModel("credit-risk");
        step.setModelVersion("7");
        return step;
    }

    private ScoringServer serve() throws Exception {
        Path served = workspace.resolve("served.zip");
        Files.copy(workspace.resolve("build/bundle.zip"), served);
        ScoringServer server = ScoringServer.listen(
                ServerOptions.defaults().withAddress("127.0.0.1", 0).withLifecycle(20, Duration.ofSeconds(5)),
                ModelLoader.bundle(keys.getPublic()),
                served,
                AdminToken.none(),
                RequestLog.disabled());
        server.load();
        return server;
    }

    private FakeStepContext run(final GateStep step) {
        FakeStepContext context = new FakeStepContext(workspace.toFile());
        try {
            step.start(context).start();
        } catch (Exception exception) {
            throw new AssertionError(exception);
        }
        return context;
    }
}
