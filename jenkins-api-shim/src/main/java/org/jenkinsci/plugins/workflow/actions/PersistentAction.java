package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Action;

/** Shim of workflow-api's marker of flow-node actions that are saved with the node. */
public interface PersistentAction extends Action {}
