package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/** Shim of workflow-step-api's running step, which ends by calling its context's onSuccess or onFailure. */
public abstract class StepExecution implements Serializable {
    private StepContext context;

    @Deprecated
    protected StepExecution() {}

    protected StepExecution(@NonNull StepContext context) {
        this.context = context;
    }

    public @NonNull StepContext getContext() {
        if (context == null) {
            throw new IllegalStateException("No context");
        }
        return context;
    }

    public abstract boolean start() throws Exception;

    public void stop(@NonNull Throwable cause) throws Exception {
        getContext().onFailure(cause);
    }

    public void onResume() {}

    public @CheckForNull String getStatus() {
        return null;
    }

    public boolean blocksRestart() {
        return false;
    }

    private static final long serialVersionUID = 1L;
}
