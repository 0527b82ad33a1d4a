package io.modelgate.cli.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.cli.CommandRun;
import io.modelgate.report.Evidence;
import io.modelgate.report.EvidenceJson;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
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

class StageCommandTest {
    @TempDir
    Path folder;

    private Path policy;
    private Path evidence;

    @BeforeEach
    void writePolicyAndEvidence() throws IOException {
        policy = folder.resolve("modelgate.yaml");
        Files.writeString(policy, """
                model: credit-risk
                stages:
                  integration: {require: [validation]}
                  delivery: {require: [comparison]}
                  deployment: {require: []}
                release: {approvers: [alice, bob], minApprovals: 1}
                """);
        evidence = folder.resolve("evidence");
        write("validation", "", List.of());
        write("comparison", "credit-risk", List.of(new Input("candidate", "c.pmml", "c".repeat(64), -1)));
    }

    @Test
    void shouldRunTheStagesInOrderAndPrintOneLinePerGate() {
        CommandRun jump = stage("delivery");
        CommandRun integration = stage("integration");
        CommandRun delivery = stage("delivery");

        assertThat(jump.exitCode()).isEqualTo(1);
        assertThat(jump.out()).contains("[stage:integration] FAILED - no integration stage evidence vs passed");
        assertThat(integration.exitCode()).as(integration.out()).isZero();
        assertThat(integration.out()).contains("[evidence:validation] PASSED - PASSED vs PASSED, NOTE or WARNING");
        assertThat(delivery.exitCode()).as(delivery.out()).isZero();
        assertThat(evidence.resolve("stage-delivery.json")).exists();
        assertThat(CommandRun.of("audit", "verify", "--trail", evidence.resolve("audit.jsonl"))
                        .out())
                .contains("[audit] PASSED - 3 entries");
    }

    @Test
    void shouldRefuseTheAuthorsApprovalAndReleaseOnAnotherPersons() {
        stage("integration");
        stage("delivery");
        stage("deployment");

        CommandRun byAuthor = decide("approve", "alice", "--author", "alice");
        CommandRun release = stage("release");
        CommandRun byBob = decide("approve", "bob", "--author", "alice");
        CommandRun released = stage("release");

        assertThat(byAuthor.exitCode()).isEqualTo(1);
        assertThat(byAuthor.out()).contains("alice is the author of the candidate's commit (segregation of duties)");
        assertThat(evidence.resolve("approval-alice.json")).doesNotExist();
        assertThat(release.exitCode()).isEqualTo(1);
        assertThat(byBob.exitCode()).as(byBob.err()).isZero();
        assertThat(byBob.out()).contains("bob approved release of model cccccccccccc");
        assertThat(released.exitCode()).as(released.out()).isZero();
        assertThat(released.out()).contains("[approvals] PASSED - 1 valid approval(s) by bob");
    }

    @Test
    void shouldBlockTheReleaseOnARejection() {
        stage("integration");
        stage("delivery");
        stage("deployment");
        decide("approve", "bob", "--author", "dev");

        CommandRun rejected = decide("reject", "alice", "--author", "dev", "--comment", "holdout too old");

        assertThat(rejected.exitCode()).isZero();
        assertThat(stage("release").out()).contains("[approvals] FAILED - rejected by alice", "holdout too old");
    }

    @Test
    void shouldFindAnEditedAuditEntry() throws IOException {
        stage("integration");
        stage("delivery");
        Path trail = evidence.resolve("audit.jsonl");
        Files.writeString(
                trail, Files.readString(trail).replaceFirst("\"status\":\"PASSED\"", "\"status\":\"FAILED\""));

        CommandRun verify = CommandRun.of("audit", "verify", "--trail", trail);

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains("[audit:edited] FAILED", "entry 1 (line 1) was edited");
    }

    @Test
    void shouldExitTwoOnAPolicyWithAnUnknownKeyAndOnAnUnknownStage() throws IOException {
        Files.writeString(policy, "model: credit-risk\nreviewers: [alice]\n");

        CommandRun unknownKey = stage("integration");
        CommandRun unknownStage = stage("training");

        assertThat(unknownKey.exitCode()).isEqualTo(2);
        assertThat(unknownKey.err()).contains("modelgate.yaml:2:1: unknown key 'reviewers'");
        assertThat(unknownStage.exitCode()).isEqualTo(2);
        assertThat(unknownStage.err()).contains("unknown stage 'training'");
    }

    private CommandRun stage(final String name) {
        return CommandRun.of("stage", name, "--policy", policy, "--evidence", evidence, "--triggered-by", "jenkins");
    }

    private CommandRun decide(final String action, final String by, final String... more) {
        Object[] base = {action, "--by", by, "--policy", policy, "--evidence", evidence, "--triggered-by", "jenkins"};
        Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CommandRun.of(all);
    }

    private void write(final String kind, final String model, final List<Input> inputs) throws IOException {
        EvidenceJson.write(
                new Evidence(
                        kind,
                        1,
                        GateStatus.PASSED,
                        new Subject(model, ""),
                        "2026-11-28T08:00:00Z",
                        Tool.MODELGATE,
                        inputs,
                        List.of(),
                        Map.of()),
                evidence.resolve(kind),
                kind);
    }
}
