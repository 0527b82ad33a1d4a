package io.modelgate.stage;

import io.modelgate.gate.EvidenceRecord;
import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges one stage from recorded evidence: the previous stage passed, every required piece of evidence exists,
 * concerns this model and version and passed, the evidence chain is consistent, and for Release the approvals
 * suffice. Produces {@code stage} evidence whose status is the worst gate's.
 */
public final class StageEvaluation {
    private StageEvaluation() {}

    /**
     * Evaluates a stage.
     *
     * @param stage the stage
     * @param context the policy, version, evidence and identities
     * @return the {@code stage} evidence
     */
    public static Evidence evaluate(final Stage stage, final StageContext context) {
        List<Check> checks = new ArrayList<>();
        if (stage.previous() != null) {
            checks.add(EvidenceGates.previousStage(stage, context));
        }
        StagePolicy policy = context.policy().stages().of(stage);
        if (policy.required(stage).isEmpty()) {
            checks.add(Check.of(
                    "evidence:none",
                    GateStatus.NOTE,
                    "no evidence required",
                    "the policy's evidence",
                    "the policy requires no evidence for " + stage.key() + ": only the stage order was checked"));
        }
        for (String kind : policy.required(stage)) {
            checks.add(
                    "approval".equals(kind)
                            ? ApprovalGates.check(context)
                            : EvidenceGates.required(kind, policy, context));
        }
        checks.addAll(ConsistencyGates.checks(context));
        Set<EvidenceRecord> judged = new LinkedHashSet<>();
        for (String kind : kinds(stage, policy)) {
            judged.addAll(context.of(kind));
        }
        List<Input> inputs = judged.stream()
                .map(record -> new Input("evidence", record.file().toString(), record.sha256(), -1))
                .toList();
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("name", stage.key());
        section.put("previous", stage.previous() == null ? "" : stage.previous().key());
        section.put("required", policy.required(stage));
        return Evidence.of(
                "stage",
                new Subject(context.policy().model(), context.version()),
                inputs,
                checks,
                Map.of("stage", section));
    }

    private static List<String> kinds(final Stage stage, final StagePolicy policy) {
        List<String> kinds = new ArrayList<>(policy.required(stage));
        kinds.add("stage");
        kinds.addAll(List.of("comparison", "reproducibility", "bundle", "deployment", "approval"));
        return kinds.stream().distinct().toList();
    }
}
