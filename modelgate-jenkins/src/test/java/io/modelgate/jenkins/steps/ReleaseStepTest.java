package io.modelgate.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import hudson.model.Result;
import io.modelgate.registry.Registry;
import io.modelgate.registry.RegistryLocation;
import io.modelgate.registry.Transition;
import io.modelgate.report.Digests;
import io.modelgate.report.Evidence;
import io.modelgate.report.EvidenceJson;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Subject;
import io.modelgate.report.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mlRelease} on a SQLite registry in the workspace, with evidence recorded as the earlier stages leave it. */
class ReleaseStepTest {
    private static final String BUNDLE = "CreditLogistic.pmml";

    @TempDir
    Path workspace;

    @BeforeEach
    void passTheEarlierStages() throws IOException {
        Workspaces.copy(workspace, Workspaces.MODELS, BUNDLE);
        Files.writeString(workspace.resolve("modelgate.yaml"), """
                model: credit-risk
                stages:
                  deployment: {require: []}
                  release: {require: [bundle]}
                release: {approvers: [alice, bob], minApprovals: 1}
                registry: registry.db
                """);
        write("stage", "stage-deployment", Map.of("stage", Map.of("name", "deployment")));
        write(
                "bundle",
                "bundle",
                Map.of("bundle", Map.of("path", BUNDLE, "sha256", Digests.sha256(workspace.resolve(BUNDLE)))));
    }

    @Test
    void shouldRecordTheApprovalThenMoveTheChampionWithTheApproverAsActor() throws Exception {
        FakeStepContext context = run(release("alice"));

        assertThat(context.failure()).isNull();
        assertThat(context.summary())
                .containsEntry("status", "PASSED")
                .containsEntry("kind", "release")
                .containsEntry("evidence", "modelgate-evidence/release.json");
        try (Registry registry = Registry.open(RegistryLocation.sqlite(workspace.resolve("registry.db")))) {
            assertThat(registry.aliases("credit-risk")).containsEntry("champion", "3");
            Transition move = registry.history("credit-risk").get(0);
            assertThat(move.actor()).isEqualTo("alice");
            assertThat(move.reason()).isEqualTo("release approved by alice");
        }
        assertThat(workspace.resolve("modelgate-evidence/approval-alice.json"))
                .content()
                .contains("\"decision\" : \"approved\"");
        assertThat(workspace.resolve("modelgate-evidence/release.json"))
                .content()
                .contains("\"from\" : \"\"", "\"to\" : \"3\"");
        assertThat(workspace.resolve("modelgate-evidence/audit.jsonl"))
                .content()
                .contains("\"approve\"", "\"release\"");
        assertThat(context.run.getResult()).isNull();
    }

    @Test
    void shouldRefuseTheAuthorAsApproverAndChangeNothing() {
        ReleaseStep step = release("alice");
        step.setAuthor("Alice");

        FakeStepContext context = run(step);

        assertThat(context.failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageContaining("alice is the author of the candidate's commit (segregation of duties)")
                .hasMessageEndingWith("nothing was recorded and the registry is unchanged");
        assertNothingChanged(context);
    }

    @Test
    void shouldRefuseTheBuildsTriggerAsApproverAndChangeNothing() {
        ReleaseStep step = release("bob");
        step.setTriggeredBy("bob");

        FakeStepContext context = run(step);

        assertThat(context.failure()).hasMessageContaining("bob triggered the build (segregation of duties)");
        assertNothingChanged(context);
    }

    @Test
    void shouldRefuseABundleThatIsNotTheOneThatPassedTheGates() throws IOException {
        Files.writeString(workspace.resolve("other.pmml"), "<PMML/>");
        ReleaseStep step = new ReleaseStep("other.pmml", "alice");
        step.setModelVersion("3");

        FakeStepContext context = run(step);

        assertThat(context.failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageContaining("other.pmml (")
                .hasMessageContaining("is not the bundle that passed the gates");
        assertNothingChanged(context);
    }

    @Test
    void shouldFailWhenTheReleaseStageDidNotPassAndLeaveTheChampion() throws Exception {
        Files.delete(workspace.resolve("modelgate-evidence/stage-deployment.json"));

        FakeStepContext context = run(release("alice"));

        assertThat(context.failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageStartingWith("mlRelease: FAILED");
        assertThat(context.run.getResult()).isEqualTo(Result.FAILURE);
        try (Registry registry = Registry.open(RegistryLocation.sqlite(workspace.resolve("registry.db")))) {
            assertThat(registry.models()).isEmpty();
        }
    }

    @Test
    void shouldRequireTheVersionBeforeAnyWork() {
        assertThat(run(new ReleaseStep(BUNDLE, "alice")).failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessage("mlRelease: say which version to release (modelVersion)");
        assertThat(workspace.resolve("registry.db")).doesNotExist();
    }

    private void assertNothingChanged(final FakeStepContext context) {
        assertThat(workspace.resolve("registry.db")).doesNotExist();
        assertThat(workspace.resolve("modelgate-evidence/release.json")).doesNotExist();
        assertThat(workspace.resolve("modelgate-evidence/audit.jsonl")).doesNotExist();
        assertThat(workspace.resolve("modelgate-evidence")).isDirectoryNotContaining("glob:**/approval-*");
        assertThat(context.run.getActions(GateAction.class)).isEmpty();
    }

    private ReleaseStep release(final String approver) {
        ReleaseStep step = new ReleaseStep(BUNDLE, approver);
        step.setModel("credit-risk");
        step.setModelVersion("3");
        step.setAuthor("dev@example.com");
        step.setTriggeredBy("nightly");
        return step;
    }

    private void write(final String kind, final String name, final Map<String, Object> sections) throws IOException {
        EvidenceJson.write(
                new Evidence(
                        kind,
                        Evidence.SCHEMA_VERSION,
                        GateStatus.PASSED,
                        new Subject("credit-risk", "3"),
                        "2026-11-28T08:00:00Z",
                        Tool.MODELGATE,
                        List.of(),
                        List.of(),
                        sections),
                workspace.resolve("modelgate-evidence"),
                name);
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
