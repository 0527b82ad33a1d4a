package io.modelgate.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.modelgate.report.GateStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The status-to-result mapping, table-driven: every gate status against every result the run and the stage may
 * already have. The tables are written out by hand from plugin-util-api's PipelineResultHandler (NOTE and ERROR mark
 * the stage only, WARNING and FAILED the stage and the run) and Jenkins' rule that a result only gets worse.
 */
class GateResultsTest {
    /** The run's result after publishing; columns: the run's result before (none, SUCCESS ... ABORTED). */
    private static final String RUN_TABLE = """
            status    none      SUCCESS   UNSTABLE  FAILURE   NOT_BUILT ABORTED
            PASSED    none      SUCCESS   UNSTABLE  FAILURE   NOT_BUILT ABORTED
            INACTIVE  none      SUCCESS   UNSTABLE  FAILURE   NOT_BUILT ABORTED
            NOTE      none      SUCCESS   UNSTABLE  FAILURE   NOT_BUILT ABORTED
            WARNING   UNSTABLE  UNSTABLE  UNSTABLE  FAILURE   NOT_BUILT ABORTED
            ERROR     none      SUCCESS   UNSTABLE  FAILURE   NOT_BUILT ABORTED
            FAILED    FAILURE   FAILURE   FAILURE   FAILURE   NOT_BUILT ABORTED
            """;

    /** The stage's mark after publishing; columns: the stage's mark before (none, UNSTABLE, FAILURE). */
    private static final String STAGE_TABLE = """
            status    none      UNSTABLE  FAILURE
            PASSED    none      UNSTABLE  FAILURE
            INACTIVE  none      UNSTABLE  FAILURE
            NOTE      UNSTABLE  UNSTABLE  FAILURE
            WARNING   UNSTABLE  UNSTABLE  FAILURE
            ERROR     FAILURE   FAILURE   FAILURE
            FAILED    FAILURE   FAILURE   FAILURE
            """;

    static Stream<Arguments> everyStatusAgainstEveryPriorResult() {
        List<String[]> run = rows(RUN_TABLE);
        List<String[]> stage = rows(STAGE_TABLE);
        List<Arguments> cases = new ArrayList<>();
        for (int row = 1; row < run.size(); row++) {
            for (int runColumn = 1; runColumn < run.get(0).length; runColumn++) {
                for (int stageColumn = 1; stageColumn < stage.get(0).length; stageColumn++) {
                    cases.add(Arguments.of(
                            GateStatus.valueOf(run.get(row)[0]),
                            run.get(0)[runColumn],
                            stage.get(0)[stageColumn],
                            run.get(row)[runColumn],
                            stage.get(row)[stageColumn]));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: run {1} -> {3}, stage {2} -> {4}")
    @MethodSource("everyStatusAgainstEveryPriorResult")
    void shouldMarkTheStageAndTheRunAsPipelineResultHandlerDoes(
            final GateStatus status,
            final String runBefore,
            final String stageBefore,
            final String runAfter,
            final String stageAfter) {
        FakeRun run = new FakeRun();
        FakeFlowNode node = new FakeFlowNode();
        if (!"none".equals(runBefore)) {
            run.setResult(Result.fromString(runBefore));
            run.calls().clear();
        }
        if (!"none".equals(stageBefore)) {
            node.addAction(new WarningAction(Result.fromString(stageBefore)).withMessage("earlier"));
        }

        GateResults.publish(status, "gate: " + status, run, node);

        assertThat(run.getResult() == null ? "none" : run.getResult().toString())
                .isEqualTo(runAfter);
        WarningAction mark = node.getPersistentAction(WarningAction.class);
        assertThat(mark == null ? "none" : mark.getResult().toString()).isEqualTo(stageAfter);
        assertThat(node.getActions(WarningAction.class)).hasSizeLessThanOrEqualTo(1);
        if (mark != null && stageAfter.equals(stageBefore)) {
            assertThat(mark.getMessage()).as("an equal or worse mark is kept").isEqualTo("earlier");
        }
        for (Result[] call : run.calls()) {
            Result before = call[0] == null ? Result.SUCCESS : call[0];
            assertThat(call[1].isWorseThan(before))
                    .as("asked to set %s while the run was %s", call[1], call[0])
                    .isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(GateStatus.class)
    void shouldMakeWarningsFailuresAtTheSameScopeOnlyWhenAsked(final GateStatus status) {
        GateStatus strict = GateResults.published(status, true);

        assertThat(GateResults.published(status, false)).isEqualTo(status);
        assertThat(strict.isProblem()).isEqualTo(status.isProblem());
        assertThat(strict.isSuccessful()).isEqualTo(!status.isProblem());
        assertThat(strict.runResult().equals("SUCCESS"))
                .isEqualTo(status.runResult().equals("SUCCESS"));
    }

    @Test
    void shouldStopThePipelineOnlyOnAFailedRun() {
        assertThat(Arrays.stream(GateStatus.values()).filter(GateResults::isBlocking))
                .containsExactly(GateStatus.FAILED);
    }

    private static List<String[]> rows(final String table) {
        return table.lines().map(line -> line.strip().split("\\s+")).toList();
    }
}
