package org.jenkinsci.plugins.workflow.flow;

/** Shim of workflow-api's running Pipeline; only a type here, for the constructor of a flow node. */
public abstract class FlowExecution {}
