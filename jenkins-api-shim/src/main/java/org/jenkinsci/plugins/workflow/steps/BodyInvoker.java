package org.jenkinsci.plugins.workflow.steps;

/** Shim of workflow-step-api's starter of a block step's body; only a type here, for {@link StepContext}. */
public abstract class BodyInvoker {}
