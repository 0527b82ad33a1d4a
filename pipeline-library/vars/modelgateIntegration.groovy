// The Integration stage: is the training data fit to train on, and is the model reproducible from its inputs?
// Validates the data (schema, constraints, personal data, drift against the reference), trains the candidate with
// the settings' command, and checks that the training reproduces it. See modelgateIntegration.txt.

/**
 * Runs the Integration stage.
 *
 * @param config the settings of the flow: model, data, schema, train (required); reference, candidate, agent,
 *     policy, evidence, output, version (optional)
 * @return what the stage's gate returned
 */
def call(Map config) {
    require(config, ['model', 'data', 'schema', 'train'])
    return mlGatedStage(config, 'Integration') {
        mlValidateData(
                data: config.data,
                schema: config.schema,
                reference: config.reference ?: '',
                evidence: mlGatedStage.evidence(config),
                model: config.model,
                modelVersion: mlGatedStage.version(config))
        // The training writes the candidate where MODELGATE_OUTPUT (or {output} in the command) says, as the
        // reproducibility check's re-runs do, so both run the same command.
        String model = candidate(config)
        withEnv(["MODELGATE_OUTPUT=${model}"]) {
            sh config.train.replace('{output}', "'${model}'")
        }
        mlCheckReproducibility(
                command: config.train,
                candidate: candidate(config),
                probe: config.probe ?: '',
                evidence: mlGatedStage.evidence(config),
                model: config.model,
                modelVersion: mlGatedStage.version(config))
    }
}

/** @return the candidate the training writes, build/candidate.pmml unless stated */
String candidate(Map config) {
    return config.candidate ?: "${mlGatedStage.output(config)}/candidate.pmml"
}

/** Stops with one clear line when a required setting is missing. */
def require(Map config, List<String> keys) {
    for (String key : keys) {
        if (!config[key]) {
            error "ModelGate: the setting '${key}' is required (see the library's help for ${keys.join(', ')})"
        }
    }
}
