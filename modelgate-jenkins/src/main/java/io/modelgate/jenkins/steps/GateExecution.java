package io.modelgate.jenkins.steps;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.modelgate.report.GateStatus;
import java.io.PrintStream;
import java.util.Map;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Runs a gate step: checks its settings, sends the work to the agent that holds the workspace, logs the checks that
 * are not passes, adds the build action, marks the stage and the run with the gate status, stops the Pipeline on a
 * FAILED gate, and returns the summary map to the script.
 */
final class GateExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    /** Serialisable with the execution; the execution does not resume after a controller restart anyway. */
    private final GateStep step;

    GateExecution(final StepContext context, final GateStep step) {
        super(context);
        this.step = step;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        StepContext context = getContext();
        String name = step.functionName();
        try {
            step.checkSettings();
        } catch (IllegalArgumentException exception) {
            throw new AbortException(name + ": " + exception.getMessage());
        }
        GateOutcome outcome = context.get(FilePath.class).act(new GateTask(step));
        GateStatus status = GateResults.published(outcome.status(), step.isFailOnWarning());
        PrintStream log = context.get(TaskListener.class).getLogger();
        outcome.log(name, status, log);
        Run<?, ?> run = context.get(Run.class);
        run.addAction(new GateAction(run.getActions(GateAction.class).size() + 1, name, status, outcome));
        String reason = name + ": " + status + " - " + outcome.reason(status);
        GateResults.publish(status, reason, run, context.get(FlowNode.class));
        if (status == GateStatus.INACTIVE) {
            log.println("[" + name + "] INACTIVE is not a pass: nothing was judged. " + outcome.reason(status));
        }
        if (GateResults.isBlocking(status)) {
            throw new AbortException(reason + " (evidence: " + String.join(", ", outcome.files()) + ")");
        }
        return outcome.summary(status);
    }
}
