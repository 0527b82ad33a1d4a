package hudson.model;

/** Shim of jenkins-core's job, which owns {@link Run}s; only a type here, for the type parameters of Run. */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {
    @SuppressWarnings("rawtypes")
    protected Job(ItemGroup parent, String name) {}
}
