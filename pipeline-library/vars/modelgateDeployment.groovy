// The Deployment stage: does the package load and answer correctly in the target runtime? Deploys the bundle to
// staging and smoke-tests it, holding a lock on the staging environment. See modelgateDeployment.txt.

/**
 * Runs the Deployment stage.
 *
 * @param config the settings of the flow: model (required); staging (the deployment target, staging unless
 *     stated), stagingUrl (its running service, smoke-tested), image (renders the deployment files), publicKey,
 *     holdout (smoke-test rows), bundle, agent, policy, evidence, output
 * @return what the stage's gate returned
 */
def call(Map config) {
    modelgateIntegration.require(config, ['model'])
    String target = config.staging ?: 'staging'
    return mlGatedStage(config, 'Deployment') {
        lock(resource: "modelgate-${config.model}-${target}", inversePrecedence: true) {
            mlDeploy(
                    bundle: modelgateDelivery.bundle(config),
                    target: target,
                    smokeTest: config.holdout ?: '',
                    publicKey: config.publicKey ?: 'modelgate.pub',
                    url: config.stagingUrl ?: '',
                    image: config.image ?: '',
                    policy: mlGatedStage.policy(config),
                    evidence: mlGatedStage.evidence(config),
                    model: config.model,
                    modelVersion: mlGatedStage.version(config))
        }
    }
}
