package io.modelgate.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import hudson.model.Result;
import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.EvidenceJson;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Subject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mlStageGate} under the sample project's policy, on recorded evidence, end to end. */
class StageGateStepTest {
    @TempDir
    Path workspace;

    @BeforeEach
    void checkOut() {
        Workspaces.copy(workspace, Workspaces.SAMPLE, "modelgate.yaml");
    }

    @Test
    void shouldPassIntegrationWhenItsEvidencePassedAndAuditTheVerdict() throws Exception {
        record("validation", "", GateStatus.PASSED);
        record("reproducibility", "credit-risk", GateStatus.PASSED, "7");
        StageGateStep step = new StageGateStep("Integration");
        step.setModelVersion("7");

        FakeStepContext context = run(step);

        assertThat(context.failure()).isNull();
        assertThat(context.summary())
                .containsEntry("status", "PASSED")
                .containsEntry("kind", "stage")
                .containsEntry("evidence", "modelgate-evidence/stage-integration.json");
        assertThat(Files.readString(workspace.resolve("modelgate-evidence/audit.jsonl")))
                .contains("\"stage\"")
                .contains("credit-risk@7")
                .contains("PASSED");
        assertThat(context.node.getPersistentAction(WarningAction.class)).isNull();
    }

    @Test
    void shouldStopOnMissingEvidenceWithTheOneLineReason() throws Exception {
        record("validation", "", GateStatus.PASSED);

        FakeStepContext context = run(new StageGateStep("integration"));

        assertThat(context.failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageStartingWith("mlStageGate: FAILED - evidence:reproducibility: no reproducibility evidence"
                        + " in the evidence folder");
        assertThat(context.run.getResult()).isEqualTo(Result.FAILURE);
        assertThat(workspace.resolve("modelgate-evidence/stage-integration.json"))
                .isRegularFile();
    }

    @Test
    void shouldFailDeliveryBeforeIntegrationPassed() throws Exception {
        record("comparison", "credit-risk", GateStatus.PASSED);
        record("bundle", "credit-risk", GateStatus.PASSED);

        FakeStepContext context = run(new StageGateStep("delivery"));

        assertThat(context.failure()).isExactlyInstanceOf(AbortException.class);
        assertThat(context.listener.log()).contains("[mlStageGate] [stage:integration] FAILED");
    }

    @Test
    void shouldMarkOnlyTheStageWhenTheStageRequiresNothing() throws Exception {
        Files.writeString(
                workspace.resolve("lenient.yaml"), "model: credit-risk\nstages:\n  integration:\n    require: []\n");
        StageGateStep step = new StageGateStep("integration");
        step.setPolicy("lenient.yaml");

        FakeStepContext context = run(step);

        assertThat(context.failure()).isNull();
        assertThat(context.summary()).containsEntry("status", "NOTE");
        assertThat(context.node.getPersistentAction(WarningAction.class).getResult())
                .isEqualTo(Result.UNSTABLE);
        assertThat(context.run.getResult()).isNull();
    }

    @Test
    void shouldRefuseAnUnknownStageAndAForeignModelBeforeJudging() {
        StageGateStep foreign = new StageGateStep("integration");
        foreign.setModel("fraud");

        assertThat(run(new StageGateStep("qa")).failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessage("mlStageGate: unknown stage 'qa'; the stages are integration, delivery, deployment,"
                        + " release");
        assertThat(run(foreign).failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageContaining("'fraud' is not the model of the policy");
        assertThat(workspace.resolve("modelgate-evidence")).doesNotExist();
    }

    @Test
    void shouldNameTheLineOfAnUnknownPolicyKey() throws Exception {
        Files.writeString(workspace.resolve("typo.yaml"), "model: credit-risk\nstagez: {}\n");
        StageGateStep step = new StageGateStep("integration");
        step.setPolicy("typo.yaml");

        assertThat(run(step).failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageContaining("typo.yaml:2")
                .hasNoCause();
    }

    private void record(final String kind, final String model, final GateStatus status) throws Exception {
        record(kind, model, status, "");
    }

    private void record(final String kind, final String model, final GateStatus status, final String version)
            throws Exception {
        Evidence evidence = Evidence.of(
                kind,
                new Subject(model, version),
                List.of(),
                List.of(Check.of(kind + ":all", status, "ok", "ok", kind + " recorded by the test")),
                Map.of());
        EvidenceJson.write(evidence, workspace.resolve("modelgate-evidence"), kind);
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
