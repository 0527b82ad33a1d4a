package io.modelgate.stage;

import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One person's decision on a stage, as {@code modelgate approve}/{@code reject} and the {@code mlRelease} step record
 * it: who decided, what, why, and the identities it was checked against. Turns into the {@code approval} evidence
 * that {@link ApprovalGates} reads and into the details of its audit entry, so every recorder writes the same thing.
 *
 * @param stage the stage's key, e.g. {@code release}
 * @param by who decides
 * @param approved whether it is an approval (else a rejection)
 * @param comment why, possibly empty
 * @param author the author of the candidate's commit, possibly empty
 * @param triggeredBy who triggered the build, possibly empty
 */
public record Approval(String stage, String by, boolean approved, String comment, String author, String triggeredBy) {
    /** @return {@code approved} or {@code rejected} */
    public String decision() {
        return approved ? "approved" : "rejected";
    }

    /**
     * @param policy the release approvals
     * @return why the policy does not let this person decide, empty when it does
     */
    public Optional<String> refusal(final ReleasePolicy policy) {
        return Approvals.refusal(policy, by, author, triggeredBy);
    }

    /**
     * Makes the evidence of this decision.
     *
     * @param model the model's name
     * @param version the model's version
     * @param subject what is decided on: input role {@code bundle} (or {@code model} before packaging)
     * @return the {@code approval} evidence, PASSED for an approval and FAILED for a rejection
     */
    public Evidence evidence(final String model, final String version, final Input subject) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("stage", stage);
        section.put("by", by);
        section.put("decision", decision());
        section.put("comment", comment);
        section.put("author", author);
        section.put("triggeredBy", triggeredBy);
        Check check = Check.of(
                "approval:" + by,
                approved ? GateStatus.PASSED : GateStatus.FAILED,
                decision(),
                "approved",
                by + " " + decision() + " " + stage + " of " + subject.role() + " " + subject.sha256());
        return Evidence.of(
                "approval", new Subject(model, version), List.of(subject), List.of(check), Map.of("approval", section));
    }

    /** @return the evidence's file name without {@code .json}: {@code approval-<by>} with unsafe characters replaced */
    public String fileName() {
        return "approval-" + by.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
    }

    /** @return the audit entry's action: {@code approve} or {@code reject} */
    public String action() {
        return approved ? "approve" : "reject";
    }

    /**
     * @param subject what was decided on
     * @return the audit entry's details
     */
    public Map<String, String> auditDetails(final Input subject) {
        return Map.of("stage", stage, subject.role(), subject.sha256(), "comment", comment);
    }
}
