/**
 * The Pipeline steps of ModelGate and what they share: each step runs a core feature on the agent that holds the
 * workspace, writes the evidence there, maps the gate status to the stage and the run as plugin-util-api's
 * PipelineResultHandler does, adds a build action and returns a summary map. No gate rule lives here: the steps only
 * carry parameters to the core and its verdict back.
 */
package io.modelgate.jenkins.steps;
