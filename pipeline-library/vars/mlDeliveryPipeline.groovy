// The whole ModelGate flow from one map of settings: Integration (validate, reproduce) -> Delivery (compare,
// package) -> Deployment (deploy to staging, smoke test) -> Release (approval by the release managers, then the
// release). In nightly mode (a build started by the cron trigger, or nightly: true) it first fingerprints the
// training inputs and, when nothing changed since the last successful build, says so and ends without retraining.
// A build started by mlMonitor with a retrain request (RETRAIN_REQUEST) names it and runs in nightly mode too.
// See mlDeliveryPipeline.txt.

/**
 * Runs the flow.
 *
 * @param config the settings: model, data, schema, train, holdout, target, approvers (required); the optional
 *     settings of modelgateIntegration, modelgateDelivery, modelgateDeployment and modelgateRelease; nightly (true or
 *     false; by default whether a timer started the build), inputs and seeds (more fingerprinted training inputs),
 *     modelgate (the command line, modelgate unless stated), retrainRequest (the location of a retrain request;
 *     the build parameter RETRAIN_REQUEST unless stated)
 * @return [status: 'UNCHANGED'] when a nightly build found nothing to retrain, else [status: 'RELEASED', approver: id]
 */
def call(Map config) {
    modelgateIntegration.require(config, ['model', 'data', 'schema', 'train', 'holdout', 'target', 'approvers'])
    String request = retrainRequest(config)
    if (request) {
        echo "ModelGate: retraining ${config.model} on the retrain request ${request}"
        currentBuild.description = "retrain requested: ${request}"
    }
    if ((request || isNightly(config)) && !inputsChanged(config)) {
        return [status: 'UNCHANGED']
    }
    modelgateIntegration(config)
    modelgateDelivery(config)
    modelgateDeployment(config)
    String approver = modelgateRelease(config)
    return [status: 'RELEASED', approver: approver]
}

/** @return the retrain request this build answers (its URL or path, several separated by commas), or empty */
String retrainRequest(Map config) {
    return config.retrainRequest ?: (params.RETRAIN_REQUEST ?: '')
}

/** @return whether this build runs in nightly mode: the settings say so, or the cron trigger started it */
boolean isNightly(Map config) {
    if (config.nightly != null) {
        return config.nightly as boolean
    }
    return currentBuild.getBuildCauses('hudson.triggers.TimerTrigger$TimerTriggerCause') as boolean
}

/**
 * Fingerprints the training inputs (data, command, seeds, git commit, tool versions) as evidence and compares them
 * with the fingerprint of the last successful build: {@code modelgate fingerprint --exit-code} exits 3 when nothing
 * changed.
 *
 * @return false when nothing changed, so there is nothing to retrain
 */
boolean inputsChanged(Map config) {
    int status = 0
    stage('Fingerprint') {
        mlGatedStage.onAgent(config) {
            if (config.checkout != false) {
                checkout scm
            }
            String folder = mlGatedStage.evidence(config)
            String previous = "previous/${folder}/fingerprint.json"
            copyArtifacts(projectName: env.JOB_NAME, selector: lastSuccessful(), filter: "${folder}/fingerprint.json",
                    target: 'previous', optional: true)
            List<String> inputs = [config.data] + (config.inputs ?: [])
            String command = "${config.modelgate ?: 'modelgate'} fingerprint" +
                    " --inputs ${inputs.collect { quote(it) }.join(' ')}" +
                    " --command ${quote(config.train)}" +
                    (config.seeds ? " --seed ${config.seeds.collect { quote(it as String) }.join(' ')}" : '') +
                    " --evidence ${quote(folder)} --model ${quote(config.model)}" +
                    (fileExists(previous) ? " --compare ${quote(previous)} --exit-code" : '')
            status = sh(returnStatus: true, script: command)
            mlGatedStage.keep(config)
        }
    }
    if (status == 3 && retrainRequest(config)) {
        // Retraining on the same inputs rebuilds the same model: the request needs new data (late labels) first.
        unstable "ModelGate: the retrain request ${retrainRequest(config)} asks to retrain ${config.model}, but its" +
                ' training inputs are unchanged since the last successful build, so a retrain would rebuild the same' +
                " model; add the newly labelled data to ${config.data} (or inputs) first"
        currentBuild.description = 'retrain requested, inputs unchanged: not retrained'
        return false
    }
    if (status == 3) {
        echo "ModelGate nightly: the training inputs of ${config.model} are unchanged since the last successful" +
                ' build; nothing to retrain, nothing to release'
        currentBuild.description = 'nightly: inputs unchanged, not retrained'
        return false
    }
    if (status != 0) {
        error "ModelGate: modelgate fingerprint failed with exit code ${status}; see its output above"
    }
    return true
}

/** @return the text single-quoted for sh */
String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'"
}
