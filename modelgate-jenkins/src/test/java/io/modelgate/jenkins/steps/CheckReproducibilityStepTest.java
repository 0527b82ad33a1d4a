package io.modelgate.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import hudson.model.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mlCheckReproducibility} with training commands that rebuild real scikit-learn models, end to end. */
class CheckReproducibilityStepTest {
    @TempDir
    Path workspace;

    @BeforeEach
    void checkOut() {
        Workspaces.copy(workspace, Workspaces.MODELS, "CreditTree.pmml", "CreditForest.pmml", "credit-holdout.csv");
    }

    @Test
    void shouldPassATrainingThatRebuildsTheCandidate() throws Exception {
        CheckReproducibilityStep step =
                new CheckReproducibilityStep("CreditTree.pmml", "cp CreditTree.pmml \"$MODELGATE_OUTPUT\"");
        step.setRuns(2);
        step.setModel("credit-risk");

        FakeStepContext context = run(step);

        assertThat(context.failure()).isNull();
        assertThat(context.summary())
                .containsEntry("status", "PASSED")
                .containsEntry("kind", "reproducibility")
                .containsEntry("checks", 2)
                .containsEntry("evidence", "modelgate-evidence/reproducibility.json");
        assertThat(FakeStepContext.map(context.summary().get("inputs"))).containsOnlyKeys("model");
        assertThat(Files.readString(workspace.resolve("modelgate-evidence/reproducibility.json")))
                .contains("\"path\" : \"CreditTree.pmml\"")
                .contains("\"model\" : \"credit-risk\"")
                .contains("identical");
        assertThat(workspace.resolve("modelgate-evidence/reproduce-run-2.pmml")).isRegularFile();
        assertThat(context.run.getResult()).isNull();
    }

    @Test
    void shouldStopATrainingThatBuildsAnotherModel() {
        CheckReproducibilityStep step =
                new CheckReproducibilityStep("CreditTree.pmml", "cp CreditForest.pmml {output}");
        step.setProbe("credit-holdout.csv");
        step.setTarget("default");

        FakeStepContext context = run(step);

        assertThat(context.failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageStartingWith("mlCheckReproducibility: FAILED - reproduce:run-1: rebuild 1 is different");
        assertThat(context.run.getResult()).isEqualTo(Result.FAILURE);
        assertThat(workspace.resolve("modelgate-evidence/reproducibility.html")).isRegularFile();
    }

    @Test
    void shouldNameTheLogsOfAFailingTraining() {
        FakeStepContext context =
                run(new CheckReproducibilityStep("CreditTree.pmml", "echo out of memory >&2; exit 3"));

        assertThat(context.failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageContaining("failed with exit code 3")
                .hasMessageContaining("reproduce-run-1.stderr.log")
                .hasMessageContaining("out of memory")
                .hasNoCause();
        assertThat(context.run.getActions(GateAction.class)).isEmpty();
    }

    @Test
    void shouldTrainInTheWorkingDirectoryGiven() throws Exception {
        Files.createDirectories(workspace.resolve("training"));
        Files.copy(workspace.resolve("CreditTree.pmml"), workspace.resolve("training/model.pmml"));
        CheckReproducibilityStep inTraining = new CheckReproducibilityStep("CreditTree.pmml", "cp model.pmml {output}");
        inTraining.setWorkdir("training");
        CheckReproducibilityStep inWorkspace =
                new CheckReproducibilityStep("CreditTree.pmml", "cp model.pmml {output}");

        assertThat(run(inTraining).summary()).containsEntry("status", "PASSED");
        assertThat(run(inWorkspace).failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageContaining("failed with exit code 1");
    }

    @Test
    void shouldRefuseBadSettingsBeforeTraining() {
        CheckReproducibilityStep timeout = new CheckReproducibilityStep("CreditTree.pmml", "touch trained");
        timeout.setTimeout("soon");
        CheckReproducibilityStep level = new CheckReproducibilityStep("CreditTree.pmml", "touch trained");
        level.setRequire("different");
        CheckReproducibilityStep target = new CheckReproducibilityStep("CreditTree.pmml", "touch trained");
        target.setTarget("default");

        assertThat(run(timeout).failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessage("mlCheckReproducibility: timeout: 'soon' is not a positive duration: write e.g. 30m, 6h,"
                        + " 1d, 2w or PT6H");
        assertThat(run(level).failure()).hasMessageContaining("require must be identical or equivalent");
        assertThat(run(target).failure()).hasMessageContaining("give probe too");
        assertThat(workspace.resolve("trained")).doesNotExist();
    }

    @Test
    void shouldCheckTheProbeAgainstTheModelBeforeTraining() throws Exception {
        Files.writeString(workspace.resolve("probe.csv"), "a,b\n1,2\n");
        CheckReproducibilityStep step = new CheckReproducibilityStep("CreditTree.pmml", "touch trained");
        step.setProbe("probe.csv");

        FakeStepContext context = run(step);

        assertThat(context.failure()).isExactlyInstanceOf(AbortException.class).hasMessageContaining("probe.csv");
        assertThat(workspace.resolve("trained")).doesNotExist();
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
