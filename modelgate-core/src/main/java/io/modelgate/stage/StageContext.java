package io.modelgate.stage;

import io.modelgate.gate.EvidenceFolder;
import io.modelgate.gate.EvidenceRecord;
import io.modelgate.report.GateStatus;
import java.util.List;
import java.util.Set;

/**
 * What a stage is judged on: the policy, the version being delivered, the evidence folder and who is involved.
 *
 * @param policy the policy
 * @param version the model version being delivered, empty when not given
 * @param evidence the evidence folder's documents
 * @param author the author of the candidate's commit, empty when unknown
 * @param triggeredBy who triggered the build, empty when unknown
 */
public record StageContext(Policy policy, String version, EvidenceFolder evidence, String author, String triggeredBy) {
    /** Kinds of evidence about data rather than a model, which may carry no model name. */
    private static final Set<String> DATA_KINDS = Set.of("validation", "drift", "fingerprint");

    /**
     * Tells whether a document concerns this model and version.
     *
     * @param record the document
     * @return whether it does
     */
    boolean concerns(final EvidenceRecord record) {
        boolean data = DATA_KINDS.contains(record.kind());
        if (record.model().isEmpty()) {
            return data;
        }
        if (!record.model().equals(policy.model())) {
            return false;
        }
        return version.isEmpty()
                || record.version().isEmpty() && data
                || record.version().equals(version);
    }

    /**
     * Returns this model's documents of a kind, newest first.
     *
     * @param kind the kind
     * @return them
     */
    List<EvidenceRecord> of(final String kind) {
        return evidence.ofKind(kind).stream().filter(this::concerns).toList();
    }

    /** @return the status of a gate whose evidence is missing */
    GateStatus missing() {
        return "inactive".equals(policy.missingEvidence()) ? GateStatus.INACTIVE : GateStatus.FAILED;
    }
}
