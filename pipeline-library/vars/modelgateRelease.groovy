// The Release stage: did an authorised person, not the author, approve; is the champion alias moved atomically, with
// rollback? Waits for a release manager's approval without holding an executor, then releases under a lock.
// Milestones order concurrent builds (nightly retrains): see modelgateRelease.txt.

/**
 * Runs the Release stage.
 *
 * @param config the settings of the flow: model (required); approvers (comma-separated user ids or groups; by
 *     default the policy's), approvalDays (how long to wait, 2 unless stated), bundle, agent, policy, evidence
 * @return the id of the user who approved
 */
def call(Map config) {
    modelgateIntegration.require(config, ['model'])
    String approver = null
    stage('Release') {
        // Only a build whose gates all passed gets here. Passing this first milestone aborts older builds that have
        // not reached it yet (they are superseded), never one already waiting for approval below.
        milestone(ordinal: 400, label: 'gates passed')
        String approvers = config.approvers ?: releaseGate(config).approvers
        if (!approvers) {
            error "ModelGate: nobody may approve the release of ${config.model}: name the approvers in the policy"
        }
        // Outside node, so no executor waits; inside timeout, so no build waits for ever.
        timeout(time: config.approvalDays ?: 2, unit: 'DAYS') {
            approver = input(
                    id: 'ModelGateRelease',
                    message: "Release ${config.model} ${modelgateStage.version(config)} to production?",
                    ok: 'Release',
                    submitter: approvers,
                    submitterParameter: 'approver')
        }
        // The approved build aborts older builds still waiting for approval: a newer model supersedes them.
        milestone(ordinal: 410, label: 'approved')
        lock(resource: "modelgate-${config.model}-release", inversePrecedence: true) {
            // Of two approved builds queued for the lock, the newer goes first and the older is aborted here.
            milestone(ordinal: 420, label: 'releasing')
            modelgateStage.onAgent(config) {
                unstash 'modelgate'
                try {
                    mlRelease(
                            bundle: modelgateDelivery.bundle(config),
                            approver: approver,
                            policy: modelgateStage.policy(config),
                            evidence: modelgateStage.evidence(config),
                            model: config.model,
                            modelVersion: modelgateStage.version(config))
                } catch (failure) {
                    mlRollback(model: config.model, policy: modelgateStage.policy(config),
                            evidence: modelgateStage.evidence(config))
                    throw failure
                } finally {
                    modelgateStage.keep(config)
                }
            }
        }
    }
    return approver
}

/** Judges the Release stage's gates before the approval (on an agent, briefly) and returns them: the approvers. */
Map releaseGate(Map config) {
    Map gate = [:]
    modelgateStage.onAgent(config) {
        if (config.checkout != false) {
            checkout scm
        }
        unstash 'modelgate'
        gate = mlStageGate(stage: 'Release', policy: modelgateStage.policy(config),
                evidence: modelgateStage.evidence(config))
    }
    return gate
}
