// One gated stage of the ModelGate flow: on an agent, restore the workspace of the earlier stages, run the stage's
// steps, judge the stage's gates under the policy (mlStageGate), keep the evidence for the next stage and archive it.
// Called by the stage variables of mlDeliveryPipeline and usable for a stage of your own; see mlGatedStage.txt.

/**
 * Runs one gated stage.
 *
 * @param config the settings of the flow (see modelgateIntegration.txt)
 * @param name the stage's name: Integration, Delivery or Deployment
 * @param body the stage's steps; runs inside node, in the workspace
 * @return what mlStageGate returned: status and the gates' verdicts
 */
def call(Map config, String name, Closure body) {
    def gate = null
    stage(name) {
        onAgent(config) {
            if (config.checkout != false) {
                checkout scm
            }
            if (env.MODELGATE_STASHED == 'true') {
                unstash 'modelgate'
            }
            try {
                body()
                gate = mlStageGate(
                        stage: name,
                        policy: policy(config),
                        evidence: evidence(config),
                        modelVersion: version(config),
                        triggeredBy: triggeredBy())
            } finally {
                keep(config)
            }
        }
    }
    return gate
}

/** Runs a block on the agent the settings name, or on any agent. */
def onAgent(Map config, Closure body) {
    if (config.agent) {
        node(config.agent) {
            body()
        }
    } else {
        node {
            body()
        }
    }
}

/**
 * Keeps the evidence and the build output for the next stage (stash), on the build page (archiveArtifacts) and as
 * test results (junit, without marking the build: the gates decide results, not the JUnit report).
 */
def keep(Map config) {
    String folder = evidence(config)
    stash name: 'modelgate', includes: "${folder}/**,${output(config)}/**", allowEmpty: true
    env.MODELGATE_STASHED = 'true'
    archiveArtifacts artifacts: "${folder}/**", allowEmptyArchive: true, fingerprint: true
    junit testResults: "${folder}/*-junit.xml", allowEmptyResults: true, skipMarkingBuildUnstable: true
}

/** @return the evidence folder of the settings, modelgate-evidence unless stated */
String evidence(Map config) {
    return config.evidence ?: 'modelgate-evidence'
}

/** @return the folder the training and packaging write to, build unless stated */
String output(Map config) {
    return config.output ?: 'build'
}

/** @return the policy file of the settings, modelgate.yaml unless stated */
String policy(Map config) {
    return config.policy ?: 'modelgate.yaml'
}

/** @return the model's version: the settings' version, or this build's number */
String version(Map config) {
    return config.version ?: env.BUILD_NUMBER
}

/**
 * @return the author of the candidate's commit: the settings' author, else the change request's author
 *     (multibranch), else the commit author the Git plugin exports; empty when none is known
 */
String author(Map config) {
    return config.author ?: env.CHANGE_AUTHOR_EMAIL ?: env.GIT_AUTHOR_EMAIL ?: ''
}

/** @return the id of the user who started this build, empty for a timer or an SCM change */
String triggeredBy() {
    def causes = currentBuild.getBuildCauses('hudson.model.Cause$UserIdCause')
    return causes ? (causes[0].userId ?: '') : ''
}
