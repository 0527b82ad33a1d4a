package jenkins;

import jenkins.agents.ControllerToAgentFileCallable;

/** Shim of jenkins-core's base class of file callables that the controller sends to an agent. */
public abstract class MasterToSlaveFileCallable<T> implements ControllerToAgentFileCallable<T> {
    private static final long serialVersionUID = 1L;
}
