package io.modelgate.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import hudson.model.Result;
import io.modelgate.report.GateStatus;
import java.nio.file.Path;
import java.util.Map;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A gate step run end to end through its execution, for every status its evidence may have. */
class GateExecutionTest {
    @TempDir
    Path workspace;

    @ParameterizedTest(name = "{0}: run {1}, stage {2}, stops {3}")
    @CsvSource({
        "PASSED,   none,     none,     false",
        "INACTIVE, none,     none,     false",
        "NOTE,     none,     UNSTABLE, false",
        "WARNING,  UNSTABLE, UNSTABLE, false",
        "ERROR,    none,     FAILURE,  false",
        "FAILED,   FAILURE,  FAILURE,  true"
    })
    void shouldPublishEveryStatusAndStopOnlyOnAFailedRun(
            final GateStatus status, final String run, final String stage, final boolean stops) throws Exception {
        FakeStepContext context = run(new CannedStep(status));

        assertThat(context.outcomes()).isEqualTo(1);
        assertThat(
                        context.run.getResult() == null
                                ? "none"
                                : context.run.getResult().toString())
                .isEqualTo(run);
        WarningAction mark = context.node.getPersistentAction(WarningAction.class);
        assertThat(mark == null ? "none" : mark.getResult().toString()).isEqualTo(stage);
        assertThat(context.run.getActions(GateAction.class)).singleElement().satisfies(action -> {
            assertThat(action.getStatus()).isEqualTo(status.name());
            assertThat(action.getUrlName()).isEqualTo("modelgate-1");
        });
        assertThat(context.failure() != null).isEqualTo(stops);
        assertThat(workspace.resolve("modelgate-evidence/canned.json")).exists();
        assertThat(workspace.resolve("modelgate-evidence/canned.html")).exists();
        assertThat(workspace.resolve("modelgate-evidence/canned-junit.xml")).exists();
    }

    @Test
    void shouldStopAFailedRunWithTheOneLineReasonAndTheEvidence() {
        FakeStepContext context = run(new CannedStep(GateStatus.WARNING, GateStatus.FAILED, GateStatus.INACTIVE));

        assertThat(context.failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessage("mlCanned: FAILED - check1: check 1 is FAILED across two lines"
                        + " (evidence: modelgate-evidence/canned.json, modelgate-evidence/canned.html,"
                        + " modelgate-evidence/canned-junit.xml)");
        assertThat(context.node.getPersistentAction(WarningAction.class).getMessage())
                .isEqualTo("mlCanned: FAILED - check1: check 1 is FAILED across two lines");
        assertThat(context.listener.log())
                .contains("[mlCanned] [check1] FAILED - check 1 is FAILED")
                .contains("[mlCanned] [check0] WARNING - check 0 is WARNING")
                .contains("[mlCanned] [check2] INACTIVE - check 2 is INACTIVE")
                .contains("[mlCanned] canned FAILED - 3 checks, 1 failed, 1 unstable, 1 not evaluated");
    }

    @Test
    void shouldNeverCallInactiveAPass() {
        FakeStepContext context = run(new CannedStep(GateStatus.INACTIVE, GateStatus.INACTIVE));
        Map<String, Object> summary = context.summary();

        assertThat(summary.get("status")).isEqualTo("INACTIVE");
        assertThat(summary.get("passed")).isEqualTo(false);
        assertThat(summary.get("reason")).isEqualTo("check0: check 0 is INACTIVE across two lines");
        assertThat(context.listener.log()).contains("[mlCanned] INACTIVE is not a pass: nothing was judged.");
        assertThat(context.run.getResult()).isNull();
    }

    @Test
    void shouldReturnASummaryOfJdkTypes() {
        FakeStepContext context = run(new CannedStep(GateStatus.PASSED, GateStatus.NOTE, GateStatus.INACTIVE));
        Map<String, Object> summary = context.summary();

        assertThat(summary)
                .containsEntry("status", "NOTE")
                .containsEntry("passed", false)
                .containsEntry("kind", "canned")
                .containsEntry("checks", 3)
                .containsEntry("failed", 0)
                .containsEntry("unstable", 1)
                .containsEntry("inactive", 1)
                .containsEntry("reason", "check1: check 1 is NOTE across two lines")
                .containsEntry("evidence", "modelgate-evidence/canned.json")
                .containsEntry("html", "modelgate-evidence/canned.html")
                .containsEntry("junit", "modelgate-evidence/canned-junit.xml")
                .containsEntry("inputs", Map.of("data", Map.of("path", "data/x.csv", "sha256", "abc", "rows", 10L)));
        assertThat(summary.values())
                .allSatisfy(value -> assertThat(value.getClass().getName()).startsWith("java."));
    }

    @Test
    void shouldSayHowManyChecksPassedWhenAllDid() {
        FakeStepContext context = run(new CannedStep(GateStatus.PASSED, GateStatus.PASSED));

        assertThat((context.summary()).get("reason")).isEqualTo("2 of 2 checks passed");
        assertThat(context.run.calls()).isEmpty();
    }

    @Test
    void shouldMakeWarningsFailuresWhenAskedAndSaySo() {
        CannedStep note = new CannedStep(GateStatus.NOTE);
        note.setFailOnWarning(true);
        CannedStep warning = new CannedStep(GateStatus.WARNING);
        warning.setFailOnWarning(true);

        FakeStepContext stageFailed = run(note);
        FakeStepContext runFailed = run(warning);

        assertThat(stageFailed.summary().get("status")).isEqualTo("ERROR");
        assertThat(stageFailed.node.getPersistentAction(WarningAction.class).getResult())
                .isEqualTo(Result.FAILURE);
        assertThat(stageFailed.run.getResult()).isNull();
        assertThat(stageFailed.listener.log()).contains("canned ERROR (NOTE, made stricter by failOnWarning)");
        assertThat(runFailed.failure()).isInstanceOf(AbortException.class).hasMessageStartingWith("mlCanned: FAILED");
        assertThat(runFailed.run.getResult()).isEqualTo(Result.FAILURE);
    }

    @Test
    void shouldNotImproveTheResultOfAnEarlierStep() {
        FakeStepContext context = new FakeStepContext(workspace.toFile());
        context.run.setResult(Result.FAILURE);
        context.run.calls().clear();

        start(new CannedStep(GateStatus.WARNING), context);

        assertThat(context.run.getResult()).isEqualTo(Result.FAILURE);
        assertThat(context.run.calls()).isEmpty();
        assertThat(context.success()).isNotNull();
    }

    @Test
    void shouldNumberTheActionsOfSeveralSteps() {
        FakeStepContext context = new FakeStepContext(workspace.toFile());

        start(new CannedStep(GateStatus.PASSED), context);
        start(new CannedStep(GateStatus.NOTE), context);

        assertThat(context.run.getActions(GateAction.class))
                .extracting(GateAction::getUrlName)
                .containsExactly("modelgate-1", "modelgate-2");
    }

    private FakeStepContext run(final GateStep step) {
        FakeStepContext context = new FakeStepContext(workspace.toFile());
        start(step, context);
        return context;
    }

    private static void start(final GateStep step, final FakeStepContext context) {
        try {
            assertThat(step.start(context).start()).isFalse();
        } catch (Exception exception) {
            throw new AssertionError(exception);
        }
    }
}
