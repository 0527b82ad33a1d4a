package io.modelgate.jenkins.steps;

import com.google.common.util.concurrent.ListenableFuture;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.File;
import java.util.HashMap;
import java.util.Map;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/** A step context with a local workspace, a build, a flow node and a log, that keeps the step's outcome. */
final class FakeStepContext extends StepContext {
    private static final long serialVersionUID = 1L;

    final FakeRun run = new FakeRun();
    final FakeFlowNode node = new FakeFlowNode();
    final FakeListener listener = new FakeListener();
    private final transient Map<Class<?>, Object> objects = new HashMap<>();
    private Object success;
    private Throwable failure;
    private int outcomes;

    FakeStepContext(final File workspace) {
        objects.put(FilePath.class, new FilePath(workspace));
        objects.put(Run.class, run);
        objects.put(FlowNode.class, node);
        objects.put(TaskListener.class, listener);
    }

    @Override
    public <T> T get(final Class<T> key) {
        return key.cast(objects.get(key));
    }

    @Override
    public void onSuccess(final Object result) {
        success = result;
        outcomes++;
    }

    @Override
    public void onFailure(final Throwable t) {
        failure = t;
        outcomes++;
    }

    Object success() {
        return success;
    }

    /** @return what the step returned to the script */
    Map<String, Object> summary() {
        return map(success);
    }

    /**
     * Reads a map of the summary.
     *
     * @param value a value of the summary that is a map
     * @return it, typed
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(final Object value) {
        return (Map<String, Object>) value;
    }

    Throwable failure() {
        return failure;
    }

    int outcomes() {
        return outcomes;
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public ListenableFuture<Void> saveState() {
        throw new UnsupportedOperationException("gate steps do not save state");
    }

    @Override
    public void setResult(final Result r) {
        throw new UnsupportedOperationException("gate steps set the run's result through Run.setResult");
    }

    @Override
    public BodyInvoker newBodyInvoker() {
        throw new IllegalStateException("gate steps take no body");
    }

    @Override
    public boolean equals(final Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
