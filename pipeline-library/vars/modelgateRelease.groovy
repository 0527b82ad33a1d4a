// The Release stage: did an authorised person, not the author, approve; is the champion alias moved atomically, with
// rollback? Waits for a release manager's approval without holding an executor, then releases under a lock.
// Milestones order concurrent builds (nightly retrains): see modelgateRelease.txt.

/**
 * Runs the Release stage.
 *
 * @param config the settings of the flow: model, approvers (required; comma-separated user ids or groups, the
 *     release managers); approvalDays (how long to wait, 2 unless stated), bundle, agent, policy, evidence
 * @return the id of the user who approved
 */
def call(Map config) {
    modelgateIntegration.require(config, ['model', 'approvers'])
    String approver = null
    stage('Release') {
        // Only a build whose gates all passed gets here. Passing this first milestone aborts older builds that have
        // not reached it yet (they are superseded), never one already waiting for approval below.
        milestone(ordinal: 400, label: 'gates passed')
        // Outside node, so no executor waits; inside timeout, so no build waits for ever.
        timeout(time: config.approvalDays ?: 2, unit: 'DAYS') {
            approver = input(
                    id: 'ModelGateRelease',
                    message: "Release ${config.model} ${mlGatedStage.version(config)} to production?",
                    ok: 'Release',
                    submitter: config.approvers,
                    submitterParameter: 'approver')
        }
        String trigger = mlGatedStage.triggeredBy()
        if (trigger && trigger.equalsIgnoreCase(approver)) {
            error "ModelGate: ${approver} started this build and may not also approve its release"
        }
        // The approved build aborts older builds still waiting for approval: a newer model supersedes them.
        milestone(ordinal: 410, label: 'approved')
        lock(resource: "modelgate-${config.model}-release", inversePrecedence: true) {
            // Of two approved builds queued for the lock, the newer goes first and the older is aborted here.
            milestone(ordinal: 420, label: 'releasing')
            mlGatedStage.onAgent(config) {
                if (config.checkout != false) {
                    checkout scm
                }
                unstash 'modelgate'
                try {
                    release(config, approver)
                } catch (failure) {
                    // modelVersion: roll back only if this build's version became the champion; a refused
                    // release moved nothing, and rolling back then would undo the release before it.
                    mlRollback(model: config.model, policy: mlGatedStage.policy(config),
                            evidence: mlGatedStage.evidence(config), modelVersion: mlGatedStage.version(config))
                    throw failure
                } finally {
                    mlGatedStage.keep(config)
                }
            }
        }
    }
    return approver
}

/**
 * The one place that moves the champion alias: mlRelease checks segregation of duties against the evidence, moves the
 * alias and writes the audit entry.
 */
def release(Map config, String approver) {
    return mlRelease(
            bundle: modelgateDelivery.bundle(config),
            approver: approver,
            policy: mlGatedStage.policy(config),
            evidence: mlGatedStage.evidence(config),
            model: config.model,
            modelVersion: mlGatedStage.version(config),
            author: mlGatedStage.author(config),
            triggeredBy: mlGatedStage.triggeredBy())
}
