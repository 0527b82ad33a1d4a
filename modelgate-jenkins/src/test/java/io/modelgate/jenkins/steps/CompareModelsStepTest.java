package io.modelgate.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import hudson.model.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mlCompareModels} on real scikit-learn models, end to end through its execution. */
class CompareModelsStepTest {
    @TempDir
    Path workspace;

    @BeforeEach
    void checkOut() {
        Workspaces.copy(
                workspace,
                Workspaces.MODELS,
                "CreditBoosting.pmml",
                "CreditTree.pmml",
                "CreditForest.pmml",
                "CreditLogistic.pmml",
                "credit-holdout.csv");
    }

    @Test
    void shouldPassACandidateThatIsSignificantlyBetter() throws Exception {
        CompareModelsStep step = new CompareModelsStep("CreditBoosting.pmml", "credit-holdout.csv", "default");
        step.setChampion("CreditTree.pmml");

        FakeStepContext context = run(step);

        assertThat(context.failure()).isNull();
        assertThat(context.summary()).containsEntry("status", "PASSED").containsEntry("passed", true);
        assertThat(context.run.getResult()).isNull();
        assertThat(Files.readString(workspace.resolve("modelgate-evidence/comparison.json")))
                .contains("\"path\" : \"CreditTree.pmml\"")
                .contains("\"role\" : \"holdout\"");
    }

    @Test
    void shouldStopACandidateWhoseGainIsNoise() {
        CompareModelsStep step = new CompareModelsStep("CreditForest.pmml", "credit-holdout.csv", "default");
        step.setChampion("CreditLogistic.pmml");

        FakeStepContext context = run(step);

        assertThat(context.failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageStartingWith("mlCompareModels: FAILED - primary:auc: ");
        assertThat(context.run.getResult()).isEqualTo(Result.FAILURE);
    }

    @Test
    void shouldSayThatNoChampionIsNotAPass() {
        CompareModelsStep step = new CompareModelsStep("CreditForest.pmml", "credit-holdout.csv", "default");
        step.setOnMissingChampion("inactive");
        step.setResamples(200);

        FakeStepContext context = run(step);

        assertThat(context.summary()).containsEntry("status", "INACTIVE").containsEntry("passed", false);
        assertThat(context.listener.log()).contains("INACTIVE is not a pass").contains("[champion] INACTIVE");
    }

    @Test
    void shouldRefuseABadPolicyBeforeScoring() {
        CompareModelsStep mode = new CompareModelsStep("CreditForest.pmml", "credit-holdout.csv", "default");
        mode.setMode("best");
        CompareModelsStep guard = new CompareModelsStep("CreditForest.pmml", "credit-holdout.csv", "default");
        guard.setGuards("log_loss");

        assertThat(run(mode).failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessage("mlCompareModels: mode must be superiority or non-inferiority, not 'best'");
        assertThat(run(guard).failure()).hasMessageContaining("METRIC:MARGIN");
        assertThat(workspace.resolve("modelgate-evidence")).doesNotExist();
    }

    @Test
    void shouldStopOnAnUnknownTargetNamingTheColumn() {
        FakeStepContext context = run(new CompareModelsStep("CreditForest.pmml", "credit-holdout.csv", "label"));

        assertThat(context.failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageContaining("column 'label' is not in the header");
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
