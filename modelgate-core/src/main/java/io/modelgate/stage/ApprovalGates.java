package io.modelgate.stage;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelgate.gate.EvidenceRecord;
import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The release gate on approvals: the newest decision of every person counts once; a rejection blocks; an approval
 * counts only when {@link Approvals} accepts its approver against both the identities recorded with it and those
 * the stage was given; the release needs the policy's number of such approvals.
 */
final class ApprovalGates {
    private ApprovalGates() {}

    static Check check(final StageContext context) {
        ReleasePolicy policy = context.policy().release();
        Tally tally = tally(context);
        if (tally.rejection() != null) {
            JsonNode approval = tally.rejection();
            String by = approval.path("by").asText();
            return Check.of(
                    "approvals",
                    GateStatus.FAILED,
                    "rejected by " + by,
                    policy.minApprovals() + " approval(s)",
                    "the release was rejected by " + by + ": "
                            + approval.path("comment").asText("(no comment)"));
        }
        List<String> valid = tally.valid();
        String actual =
                valid.size() + " valid approval(s)" + (valid.isEmpty() ? "" : " by " + String.join(", ", valid));
        String expected = "at least " + policy.minApprovals();
        if (valid.size() >= policy.minApprovals()) {
            return Check.of(
                    "approvals", GateStatus.PASSED, actual, expected, "approved by " + String.join(", ", valid));
        }
        GateStatus status = tally.people() == 0 ? context.missing() : GateStatus.FAILED;
        return Check.of(
                "approvals",
                status,
                actual,
                expected,
                "the release needs " + policy.minApprovals()
                        + " valid approval(s), has " + valid.size()
                        + (tally.invalid().isEmpty() ? "" : "; not counted: " + String.join("; ", tally.invalid())));
    }

    /**
     * @param context the stage's context
     * @return who approved validly, newest decision per person, in the order of the evidence
     */
    static List<String> approvers(final StageContext context) {
        Tally tally = tally(context);
        return tally.rejection() == null ? tally.valid() : List.of();
    }

    private static Tally tally(final StageContext context) {
        ReleasePolicy policy = context.policy().release();
        Map<String, JsonNode> newestByPerson = new LinkedHashMap<>();
        for (EvidenceRecord record : context.of("approval")) {
            JsonNode approval = record.json().path("approval");
            if ("release".equals(approval.path("stage").asText())) {
                newestByPerson.putIfAbsent(approval.path("by").asText().toLowerCase(Locale.ROOT), approval);
            }
        }
        List<String> valid = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (JsonNode approval : newestByPerson.values()) {
            String by = approval.path("by").asText();
            if ("rejected".equals(approval.path("decision").asText())) {
                return new Tally(newestByPerson.size(), List.of(), List.of(), approval);
            }
            Optional<String> refusal = Approvals.refusal(
                            policy,
                            by,
                            approval.path("author").asText(),
                            approval.path("triggeredBy").asText())
                    .or(() -> Approvals.refusal(policy, by, context.author(), context.triggeredBy()));
            if (refusal.isPresent()) {
                invalid.add(refusal.get());
            } else {
                valid.add(by);
            }
        }
        return new Tally(newestByPerson.size(), valid, invalid, null);
    }

    /** The newest decision of every person: the valid approvers, the refused ones with why, a rejection if any. */
    private record Tally(int people, List<String> valid, List<String> invalid, JsonNode rejection) {}
}
