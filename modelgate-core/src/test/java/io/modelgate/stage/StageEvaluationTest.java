package io.modelgate.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.gate.EvidenceFolder;
import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.EvidenceJson;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import io.modelgate.report.Tool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageEvaluationTest {
    private static final String MODEL_HASH = "a".repeat(64);
    private static final Policy POLICY = new Policy(
            "credit-risk",
            "default",
            new Stages(new StagePolicy(List.of("validation", "reproducibility"), null), null, null, null),
            new ReleasePolicy(List.of("alice", "bob"), 1, true),
            null);

    @TempDir
    Path folder;

    @Test
    void shouldPassIntegrationWhenEveryRequiredEvidencePassed() throws IOException {
        write("validation", "", "", GateStatus.PASSED, List.of());
        write("reproducibility", "credit-risk", "3", GateStatus.PASSED, List.of(model("model", MODEL_HASH)));

        Evidence stage = evaluate(Stage.INTEGRATION, POLICY, "3");

        assertThat(stage.kind()).isEqualTo("stage");
        assertThat(stage.status()).isEqualTo(GateStatus.PASSED);
        assertThat(stage.checks())
                .extracting(Check::name)
                .containsExactly("evidence:validation", "evidence:reproducibility");
        assertThat(stage.inputs()).extracting(Input::role).containsOnly("evidence");
        assertThat(stage.inputs().get(0).sha256()).hasSize(64);
    }

    @Test
    void shouldNeverPassSilentlyWhenEvidenceIsMissing() throws IOException {
        write("validation", "", "", GateStatus.PASSED, List.of());
        Policy inactive = new Policy("credit-risk", null, POLICY.stages(), null, "inactive");

        Evidence failed = evaluate(Stage.INTEGRATION, POLICY, "");
        Evidence notEvaluated = evaluate(Stage.INTEGRATION, inactive, "");

        assertThat(failed.status()).isEqualTo(GateStatus.FAILED);
        assertThat(check(failed, "evidence:reproducibility").message())
                .isEqualTo("no reproducibility evidence in the evidence folder");
        assertThat(check(notEvaluated, "evidence:reproducibility").status()).isEqualTo(GateStatus.INACTIVE);
        assertThat(notEvaluated.status()).isEqualTo(GateStatus.PASSED.worst(GateStatus.INACTIVE));
    }

    @Test
    void shouldFailForeignEvidence() throws IOException {
        write("validation", "", "", GateStatus.PASSED, List.of());
        write("reproducibility", "fraud-model", "3", GateStatus.PASSED, List.of());

        Evidence stage = evaluate(Stage.INTEGRATION, POLICY, "3");

        assertThat(check(stage, "evidence:reproducibility").status()).isEqualTo(GateStatus.FAILED);
        assertThat(check(stage, "evidence:reproducibility").message()).contains("about another model or version");
    }

    @Test
    void shouldFailEvidenceOfAnotherVersion() throws IOException {
        write("validation", "", "", GateStatus.PASSED, List.of());
        write("reproducibility", "credit-risk", "2", GateStatus.PASSED, List.of());

        assertThat(check(evaluate(Stage.INTEGRATION, POLICY, "3"), "evidence:reproducibility")
                        .status())
                .isEqualTo(GateStatus.FAILED);
    }

    @Test
    void shouldRefuseToJumpOverAStage() throws IOException {
        write("comparison", "credit-risk", "", GateStatus.PASSED, List.of(model("candidate", MODEL_HASH)));
        write("bundle", "credit-risk", "", GateStatus.PASSED, List.of(model("model", MODEL_HASH)));

        Evidence stage = evaluate(Stage.DELIVERY, POLICY, "");

        assertThat(check(stage, "stage:integration").status()).isEqualTo(GateStatus.FAILED);
        assertThat(stage.status()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void shouldPassDeliveryAfterIntegrationWithAConsistentChain() throws IOException {
        passIntegration();
        write("comparison", "credit-risk", "", GateStatus.PASSED, List.of(model("candidate", MODEL_HASH)));
        write("bundle", "credit-risk", "", GateStatus.PASSED, List.of(model("model", MODEL_HASH)));

        Evidence stage = evaluate(Stage.DELIVERY, POLICY, "");

        assertThat(stage.status()).as(stage.checks().toString()).isEqualTo(GateStatus.PASSED);
        assertThat(check(stage, "consistency:model").actual())
                .contains("comparison aaaaaaaaaaaa", "bundle aaaaaaaaaaaa");
    }

    @Test
    void shouldFailWhenTheBundledModelIsNotTheComparedOne() throws IOException {
        passIntegration();
        write("comparison", "credit-risk", "", GateStatus.PASSED, List.of(model("candidate", MODEL_HASH)));
        write("bundle", "credit-risk", "", GateStatus.PASSED, List.of(model("model", "b".repeat(64))));

        Evidence stage = evaluate(Stage.DELIVERY, POLICY, "");

        assertThat(check(stage, "consistency:model").status()).isEqualTo(GateStatus.FAILED);
        assertThat(check(stage, "consistency:model").message()).contains("different models");
    }

    @Test
    void shouldFailWarningEvidenceWhenThePolicyDoesNotAcceptWarnings() throws IOException {
        write("validation", "", "", GateStatus.WARNING, List.of());
        Policy strict = new Policy(
                "credit-risk",
                null,
                new Stages(new StagePolicy(List.of("validation"), false), null, null, null),
                null,
                null);

        assertThat(evaluate(Stage.INTEGRATION, strict, "").status()).isEqualTo(GateStatus.FAILED);
        assertThat(evaluate(
                                Stage.INTEGRATION,
                                POLICY.withStages(
                                        new Stages(new StagePolicy(List.of("validation"), true), null, null, null)),
                                "")
                        .status())
                .isEqualTo(GateStatus.WARNING);
    }

    @Test
    void shouldReleaseWithAValidApproval() throws IOException {
        passStage("deployment");
        approval("alice", "approved", "dev", "");

        Evidence stage = evaluate(Stage.RELEASE, POLICY, "");

        assertThat(check(stage, "approvals").status()).isEqualTo(GateStatus.PASSED);
        assertThat(stage.status()).isEqualTo(GateStatus.PASSED);
    }

    @Test
    void shouldNotCountTheAuthorsOwnApprovalNorAnUnlistedOne() throws IOException {
        passStage("deployment");
        approval("alice", "approved", "alice", "");
        approval("carol", "approved", "dev", "");

        Check approvals = check(evaluate(Stage.RELEASE, POLICY, ""), "approvals");

        assertThat(approvals.status()).isEqualTo(GateStatus.FAILED);
        assertThat(approvals.message())
                .contains("has 0", "alice is the author of the candidate's commit", "carol is not among the policy's");
    }

    @Test
    void shouldNotCountTheApprovalOfWhoeverTriggeredTheBuild() throws IOException {
        passStage("deployment");
        approval("bob", "approved", "dev", "bob");

        assertThat(check(evaluate(Stage.RELEASE, POLICY, ""), "approvals").message())
                .contains("bob triggered the build");
    }

    @Test
    void shouldBlockTheReleaseOnARejection() throws IOException {
        passStage("deployment");
        approval("alice", "approved", "dev", "");
        approval("bob", "rejected", "dev", "");

        Check approvals = check(evaluate(Stage.RELEASE, POLICY, ""), "approvals");

        assertThat(approvals.status()).isEqualTo(GateStatus.FAILED);
        assertThat(approvals.actual()).isEqualTo("rejected by bob");
    }

    @Test
    void shouldFailAReleaseWithoutApprovals() throws IOException {
        passStage("deployment");

        assertThat(check(evaluate(Stage.RELEASE, POLICY, ""), "approvals").status())
                .isEqualTo(GateStatus.FAILED);
    }

    private void passIntegration() throws IOException {
        passStage("integration");
    }

    private void passStage(final String name) throws IOException {
        write(
                "stage",
                "credit-risk",
                "",
                GateStatus.PASSED,
                List.of(),
                Map.of("stage", Map.of("name", name)),
                "stage-" + name);
    }

    private void approval(final String by, final String decision, final String author, final String trigger)
            throws IOException {
        write(
                "approval",
                "credit-risk",
                "",
                decision.equals("approved") ? GateStatus.PASSED : GateStatus.FAILED,
                List.of(model("model", MODEL_HASH)),
                Map.of(
                        "approval",
                        Map.of(
                                "stage",
                                "release",
                                "by",
                                by,
                                "decision",
                                decision,
                                "author",
                                author,
                                "triggeredBy",
                                trigger,
                                "comment",
                                "")),
                "approval-" + by);
    }

    private static Input model(final String role, final String sha) {
        return new Input(role, role + ".pmml", sha, -1);
    }

    private void write(
            final String kind,
            final String model,
            final String version,
            final GateStatus status,
            final List<Input> inputs)
            throws IOException {
        write(kind, model, version, status, inputs, Map.of(), kind);
    }

    private void write(
            final String kind,
            final String model,
            final String version,
            final GateStatus status,
            final List<Input> inputs,
            final Map<String, Object> sections,
            final String name)
            throws IOException {
        Evidence evidence = new Evidence(
                kind,
                Evidence.SCHEMA_VERSION,
                status,
                new Subject(model, version),
                "2026-11-28T08:00:00Z",
                Tool.MODELGATE,
                inputs,
                List.of(),
                sections);
        EvidenceJson.write(evidence, folder, name);
    }

    private Evidence evaluate(final Stage stage, final Policy policy, final String version) throws IOException {
        return StageEvaluation.evaluate(stage, new StageContext(policy, version, EvidenceFolder.read(folder), "", ""));
    }

    private static Check check(final Evidence evidence, final String name) {
        return evidence.checks().stream()
                .filter(check -> check.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
