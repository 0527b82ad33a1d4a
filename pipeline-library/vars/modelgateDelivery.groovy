// The Delivery stage: is the candidate better than the champion on the same holdout, significantly, without harming
// guard metrics or slices, and is it a valid, signed, self-describing package? See modelgateDelivery.txt.

/**
 * Runs the Delivery stage.
 *
 * @param config the settings of the flow: model, holdout, target (required); champion, compare (a map of further
 *     mlCompareModels parameters, e.g. [guards: 'log_loss:0.01']), candidate, agent, policy, evidence, output
 * @return what the stage's gate returned
 */
def call(Map config) {
    modelgateIntegration.require(config, ['model', 'holdout', 'target'])
    return mlGatedStage(config, 'Delivery') {
        Map comparison = [
                candidate: modelgateIntegration.candidate(config),
                holdout: config.holdout,
                target: config.target,
                evidence: mlGatedStage.evidence(config),
                model: config.model,
                modelVersion: mlGatedStage.version(config)]
        if (config.champion && fileExists(config.champion)) {
            comparison.champion = config.champion
        } else if (config.champion) {
            echo "ModelGate: no champion at ${config.champion}; the comparison's onMissingChampion decides"
        }
        comparison.putAll(config.compare ?: [:])
        mlCompareModels(comparison)
        // The signing key is a Secret file credential, bound only around the packaging.
        withCredentials([file(credentialsId: config.signingKey ?: 'modelgate-signing-key',
                variable: 'MODELGATE_SIGNING_KEY')]) {
            mlPackageModel(
                    candidate: modelgateIntegration.candidate(config),
                    output: bundle(config),
                    privateKey: env.MODELGATE_SIGNING_KEY,
                    publicKey: config.publicKey ?: 'modelgate.pub',
                    champion: comparison.champion ?: '',
                    revision: env.GIT_COMMIT ?: '',
                    builder: env.BUILD_URL ?: '',
                    evidence: mlGatedStage.evidence(config),
                    model: config.model,
                    modelVersion: mlGatedStage.version(config))
        }
    }
}

/** @return the model bundle, build/bundle.zip unless stated */
String bundle(Map config) {
    return config.bundle ?: "${mlGatedStage.output(config)}/bundle.zip"
}
