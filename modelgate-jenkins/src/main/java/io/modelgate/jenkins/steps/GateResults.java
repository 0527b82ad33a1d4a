package io.modelgate.jenkins.steps;

import hudson.model.Result;
import hudson.model.Run;
import io.modelgate.report.GateStatus;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * Marks the stage and the run with a gate status exactly as plugin-util-api's {@code PipelineResultHandler} does:
 * NOTE and ERROR mark only the stage (a {@link WarningAction} UNSTABLE or FAILURE on the step's flow node), WARNING
 * and FAILED mark the stage and set the run's result, PASSED and INACTIVE change nothing. A result is only ever made
 * worse: the run's result is set only when the new one is worse than the current one, and a stage mark replaces only
 * a better one, so a result someone else set is never improved.
 */
final class GateResults {
    private GateResults() {}

    /**
     * Applies {@code failOnWarning}: unstable becomes failed at the same scope.
     *
     * @param status the evidence's status
     * @param failOnWarning whether warnings fail
     * @return NOTE as ERROR and WARNING as FAILED when warnings fail; otherwise the status itself
     */
    static GateStatus published(final GateStatus status, final boolean failOnWarning) {
        if (!failOnWarning) {
            return status;
        }
        return switch (status) {
            case NOTE -> GateStatus.ERROR;
            case WARNING -> GateStatus.FAILED;
            default -> status;
        };
    }

    /**
     * Says whether a status stops the Pipeline: FAILED, the run's failure, does; ERROR fails the stage only and lets
     * the Pipeline go on, as a failed quality gate of that kind does in Warnings NG.
     *
     * @param status the published status
     * @return whether the step throws
     */
    static boolean isBlocking(final GateStatus status) {
        return status == GateStatus.FAILED;
    }

    /**
     * Marks the stage and, for WARNING and FAILED, the run.
     *
     * @param status the published status
     * @param message the one-line reason, shown on the stage
     * @param run the build
     * @param node the step's flow node, whose enclosing stage takes its result
     */
    static void publish(final GateStatus status, final String message, final Run<?, ?> run, final FlowNode node) {
        Result stage = Result.fromString(status.stageResult());
        if (stage.isWorseThan(Result.SUCCESS)) {
            WarningAction existing = node.getPersistentAction(WarningAction.class);
            if (existing == null || existing.getResult().isBetterThan(stage)) {
                node.addOrReplaceAction(new WarningAction(stage).withMessage(message));
            }
        }
        Result result = Result.fromString(status.runResult());
        Result current = run.getResult();
        if (result.isWorseThan(current == null ? Result.SUCCESS : current)) {
            run.setResult(result);
        }
    }
}
