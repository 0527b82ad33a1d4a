package jenkins.model;

import hudson.model.Action;
import hudson.model.Run;

/** Shim of jenkins-core's action that is told the build it was attached to, and loaded with. */
public interface RunAction2 extends Action {
    void onAttached(Run<?, ?> r);

    void onLoad(Run<?, ?> r);
}
