package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Shim of workflow-step-api's execution that runs {@link #run()} off the Pipeline thread. The real one submits it to
 * a thread pool under the caller's authentication; this one runs it at once, with the same outcome: the result to
 * {@code onSuccess}, any throwable to {@code onFailure}, and {@code false} from {@link #start()}.
 */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
    protected SynchronousNonBlockingStepExecution(@NonNull StepContext context) {
        super(context);
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        try {
            T ret = run();
            getContext().onSuccess(ret);
        } catch (Throwable x) {
            getContext().onFailure(x);
        }
        return false;
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        super.stop(cause);
    }

    @Override
    public void onResume() {
        getContext().onFailure(new IllegalStateException("This step does not support resume after a restart"));
    }

    @Override
    public @NonNull String getStatus() {
        return "not yet scheduled";
    }

    @Override
    public boolean blocksRestart() {
        return false;
    }
}
