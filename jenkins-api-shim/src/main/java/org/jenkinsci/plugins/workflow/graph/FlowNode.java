package org.jenkinsci.plugins.workflow.graph;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Action;
import hudson.model.Actionable;
import java.util.List;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;

/** Shim of workflow-api's node of the Pipeline graph: a step or a block such as a stage, carrying actions. */
public abstract class FlowNode extends Actionable {
    private final transient FlowExecution exec;
    private final String id;
    private final List<FlowNode> parents;

    protected FlowNode(FlowExecution exec, String id, List<FlowNode> parents) {
        this.exec = exec;
        this.id = id;
        this.parents = List.copyOf(parents);
    }

    protected FlowNode(FlowExecution exec, String id, FlowNode... parents) {
        this(exec, id, List.of(parents));
    }

    public List<FlowNode> getParents() {
        return parents;
    }

    public String getId() {
        return id;
    }

    protected abstract String getTypeDisplayName();

    @CheckForNull
    public final <T extends Action> T getPersistentAction(@NonNull Class<T> type) {
        return getAction(type);
    }
}
