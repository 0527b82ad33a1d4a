package io.modelgate.stage;

import io.modelgate.gate.EvidenceRecord;
import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.List;

/**
 * The gates on required evidence: it exists, concerns this model and version, and passed; and the previous stage
 * passed. A missing document is FAILED or INACTIVE as the policy says, never a pass.
 */
final class EvidenceGates {
    private EvidenceGates() {}

    static Check previousStage(final Stage stage, final StageContext context) {
        Stage previous = stage.previous();
        String name = "stage:" + previous.key();
        List<EvidenceRecord> outcomes = context.of("stage").stream()
                .filter(record -> previous.key()
                        .equals(record.json().path("stage").path("name").asText()))
                .toList();
        if (outcomes.isEmpty()) {
            return Check.of(
                    name,
                    context.missing(),
                    "no " + previous.key() + " stage evidence",
                    "passed",
                    "the " + previous.key() + " stage has not been run for this model: stages run in order");
        }
        EvidenceRecord newest = outcomes.get(0);
        GateStatus status = newest.status().isSuccessful() ? GateStatus.PASSED : GateStatus.FAILED;
        return Check.of(
                name,
                status,
                newest.status().name(),
                "passed",
                "the " + previous.key() + " stage ended " + newest.status() + " (" + newest.file() + ")");
    }

    static Check required(final String kind, final StagePolicy policy, final StageContext context) {
        String name = "evidence:" + kind;
        List<EvidenceRecord> all = context.evidence().ofKind(kind);
        List<EvidenceRecord> ours = context.of(kind);
        if (all.isEmpty()) {
            return Check.of(
                    name,
                    context.missing(),
                    "missing",
                    "present and passed",
                    "no " + kind + " evidence in the evidence folder");
        }
        if (ours.isEmpty()) {
            EvidenceRecord foreign = all.get(0);
            return Check.of(
                    name,
                    GateStatus.FAILED,
                    "about " + foreign.model() + " " + foreign.version(),
                    "about " + context.policy().model() + " " + context.version(),
                    "the " + kind + " evidence is about another model or version (" + foreign.file() + ")");
        }
        EvidenceRecord newest = ours.get(0);
        GateStatus recorded = newest.status();
        GateStatus status = recorded == GateStatus.WARNING && !policy.acceptWarnings() ? GateStatus.FAILED : recorded;
        return Check.of(
                name,
                status,
                recorded.name(),
                policy.acceptWarnings() ? "PASSED, NOTE or WARNING" : "PASSED or NOTE",
                kind + " evidence " + newest.file() + " recorded " + recorded);
    }
}
