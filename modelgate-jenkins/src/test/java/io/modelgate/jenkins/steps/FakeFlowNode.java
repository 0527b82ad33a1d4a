package io.modelgate.jenkins.steps;

import org.jenkinsci.plugins.workflow.graph.FlowNode;

/** The flow node of the step under test, which takes the stage's result marks. */
final class FakeFlowNode extends FlowNode {
    FakeFlowNode() {
        super(null, "7");
    }

    @Override
    protected String getTypeDisplayName() {
        return "step";
    }
}
