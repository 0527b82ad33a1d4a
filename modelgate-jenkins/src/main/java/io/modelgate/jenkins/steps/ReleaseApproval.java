package io.modelgate.jenkins.steps;

import hudson.AbortException;
import io.modelgate.audit.AuditTrail;
import io.modelgate.gate.EvidenceFolder;
import io.modelgate.report.Digests;
import io.modelgate.report.EvidenceJson;
import io.modelgate.report.Input;
import io.modelgate.stage.Approval;
import io.modelgate.stage.Policy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The approval given at the Pipeline's {@code input} step, recorded exactly as {@code modelgate approve} records one:
 * refused (nothing written) for a person the policy does not allow or who, under segregation of duties, wrote the
 * candidate or triggered the build; otherwise {@code approval} evidence about the bundle and an audit entry.
 */
final class ReleaseApproval {
    /** The comment of an approval given at the {@code input} step. */
    private static final String INPUT_STEP = "approved at the Pipeline's input step";

    private final ReleaseStep step;
    private final Policy policy;

    ReleaseApproval(final ReleaseStep step, final Policy policy) {
        this.step = step;
        this.policy = policy;
    }

    /**
     * Records the approval of the bundle.
     *
     * @param bundle the bundle file, which must be the one the newest passed bundle evidence of this version describes
     * @param folder the evidence folder
     * @param audit the audit trail
     * @throws AbortException when the approver may not approve, or the bundle is not the one that passed the gates
     * @throws IOException when the bundle or the evidence cannot be read, or the approval cannot be written
     */
    void record(final Path bundle, final Path folder, final AuditTrail audit) throws IOException {
        String approver = step.getApprover();
        Approval approval =
                new Approval("release", approver, true, INPUT_STEP, step.getAuthor(), step.getTriggeredBy());
        Optional<String> refusal = approval.refusal(policy.release());
        if (refusal.isPresent()) {
            throw new AbortException(ReleaseStep.FUNCTION + ": approval refused: " + refusal.get()
                    + "; nothing was recorded and the registry is unchanged");
        }
        String digest = Digests.sha256(bundle);
        Optional<String> released = EvidenceFolder.read(folder).ofKind("bundle").stream()
                .filter(record -> record.model().equals(policy.model()))
                .filter(record -> record.version().equals(step.getModelVersion()))
                .filter(record -> !record.status().isProblem())
                .map(record -> record.json().path("bundle").path("sha256").asText())
                .filter(sha -> !sha.isEmpty())
                .findFirst();
        if (!released.equals(Optional.of(digest))) {
            throw new AbortException(ReleaseStep.FUNCTION + ": " + step.getBundle() + " (" + digest
                    + ") is not the bundle that passed the gates: the newest passed bundle evidence of "
                    + policy.model() + " " + step.getModelVersion() + " in " + step.getEvidence() + " "
                    + released.map(sha -> "has " + sha).orElse("does not exist")
                    + "; nothing was recorded and the registry is unchanged");
        }
        Input subject = new Input("bundle", step.getBundle(), digest, -1);
        EvidenceJson.write(
                approval.evidence(policy.model(), step.getModelVersion(), subject), folder, approval.fileName());
        audit.append(
                approver,
                approval.action(),
                policy.model() + "@" + step.getModelVersion(),
                approval.auditDetails(subject));
    }
}
