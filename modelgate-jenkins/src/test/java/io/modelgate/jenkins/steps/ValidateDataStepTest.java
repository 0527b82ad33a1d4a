package io.modelgate.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import hudson.model.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mlValidateData} on the sample project, end to end through its execution. */
class ValidateDataStepTest {
    @TempDir
    Path workspace;

    @BeforeEach
    void checkOut() {
        Workspaces.copy(
                workspace, Workspaces.SAMPLE, "schema.yaml", "data/train.csv", "data/2026-10.csv", "data/2026-11.csv");
    }

    @Test
    void shouldValidateGoodDataWithDriftAndReturnFingerprints() throws Exception {
        ValidateDataStep step = new ValidateDataStep("data/2026-10.csv", "schema.yaml");
        step.setReference("data/train.csv");
        step.setModel("credit-risk");

        FakeStepContext context = run(step);

        Map<String, Object> summary = context.summary();
        assertThat(context.failure()).isNull();
        assertThat(summary)
                .containsEntry("kind", "validation")
                .containsEntry("evidence", "modelgate-evidence/validation.json");
        assertThat(FakeStepContext.map(summary.get("inputs"))).containsOnlyKeys("data", "schema", "reference");
        assertThat(FakeStepContext.map(
                                FakeStepContext.map(summary.get("inputs")).get("reference"))
                        .get("rows"))
                .isEqualTo(5000L);
        assertThat(Files.readString(workspace.resolve("modelgate-evidence/validation.json")))
                .contains("\"path\" : \"data/2026-10.csv\"")
                .contains("\"model\" : \"credit-risk\"")
                .contains("\"drift\"");
        assertThat(context.run.getActions(GateAction.class)).hasSize(1);
    }

    @Test
    void shouldStopOnBadDataWithTheWorstCheckAsTheReason() {
        FakeStepContext context = run(new ValidateDataStep("data/2026-11.csv", "schema.yaml"));

        assertThat(context.failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageStartingWith("mlValidateData: FAILED - ");
        assertThat(context.run.getResult()).isEqualTo(Result.FAILURE);
        assertThat(context.node.getPersistentAction(WarningAction.class).getResult())
                .isEqualTo(Result.FAILURE);
        assertThat(context.listener.log()).contains("[mlValidateData] [range:age] FAILED - Column 'age'");
    }

    @Test
    void shouldFailWithTheFileLineAndColumnOfMalformedData() throws Exception {
        String header =
                Files.readAllLines(workspace.resolve("data/2026-10.csv")).get(0);
        Files.writeString(workspace.resolve("data/broken.csv"), header + "\n1,\"34\n");

        FakeStepContext context = run(new ValidateDataStep("data/broken.csv", "schema.yaml"));

        assertThat(context.failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageContaining("broken.csv:2:3: the quoted field that starts here is never closed")
                .hasNoCause();
        assertThat(workspace.resolve("modelgate-evidence")).doesNotExist();
        assertThat(context.run.getActions(GateAction.class)).isEmpty();
    }

    @Test
    void shouldRefuseABadDelimiterBeforeReadingAnything() {
        ValidateDataStep step = new ValidateDataStep("data/2026-10.csv", "schema.yaml");
        step.setDelimiter("ab");

        FakeStepContext context = run(step);

        assertThat(context.failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageStartingWith("mlValidateData: The delimiter must be one character");
    }

    @Test
    void shouldNameAMissingFile() {
        FakeStepContext context = run(new ValidateDataStep("data/nope.csv", "schema.yaml"));

        assertThat(context.failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageEndingWith("nope.csv: no such file");
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
