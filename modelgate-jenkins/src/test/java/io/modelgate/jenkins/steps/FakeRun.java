package io.modelgate.jenkins.steps;

import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * A build that records every call to {@link #setResult}, with the result at the time, so that a test can tell
 * whether a step tried to improve a result; the result itself only gets worse, as in Jenkins.
 */
final class FakeRun extends Run<FakeRun.FakeJob, FakeRun> {
    private final List<Result[]> calls = new ArrayList<>();

    FakeRun() {
        super(new FakeJob(), 0);
    }

    /** @return each call as {result before, result asked for} */
    List<Result[]> calls() {
        return calls;
    }

    @Override
    public void setResult(final Result r) {
        calls.add(new Result[] {getResult(), r});
        super.setResult(r);
    }

    /** The job of the build. */
    static final class FakeJob extends Job<FakeJob, FakeRun> {
        FakeJob() {
            super(null, "fake");
        }
    }
}
