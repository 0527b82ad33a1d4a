package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;

/** Shim of jenkins-core's build of a {@link Job}: its result only gets worse, as in the real class. */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements ExtensionPoint {
    private final transient JobT project;
    private volatile Result result;

    protected Run(@NonNull JobT job, long timestamp) {
        this.project = job;
    }

    public @CheckForNull Result getResult() {
        return result;
    }

    public void setResult(@NonNull Result r) {
        if (result == null || r.isWorseThan(result)) {
            result = r;
        }
    }

    public @NonNull JobT getParent() {
        return project;
    }
}
