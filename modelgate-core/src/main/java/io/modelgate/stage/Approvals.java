package io.modelgate.stage;

import java.util.Locale;
import java.util.Optional;

/**
 * The rules an approver must meet: listed in the policy when it lists anyone, and, with segregation of duties,
 * neither the author of the candidate's commit nor whoever triggered the build. Names compare case-insensitively.
 */
public final class Approvals {
    private Approvals() {}

    /**
     * Says why a person may not approve, if they may not.
     *
     * @param policy the release policy
     * @param approver who approves
     * @param author the author of the candidate's commit, empty when unknown
     * @param triggeredBy who triggered the build, empty when unknown
     * @return the reason, empty when the approval is valid
     */
    public static Optional<String> refusal(
            final ReleasePolicy policy, final String approver, final String author, final String triggeredBy) {
        String who = normal(approver);
        if (who.isEmpty()) {
            return Optional.of("the approver is not named");
        }
        if (!policy.approvers().isEmpty()
                && policy.approvers().stream().map(Approvals::normal).noneMatch(who::equals)) {
            return Optional.of(approver + " is not among the policy's approvers " + policy.approvers());
        }
        if (policy.segregationOfDuties() && who.equals(normal(author))) {
            return Optional.of(approver + " is the author of the candidate's commit (segregation of duties)");
        }
        if (policy.segregationOfDuties() && who.equals(normal(triggeredBy))) {
            return Optional.of(approver + " triggered the build (segregation of duties)");
        }
        return Optional.empty();
    }

    private static String normal(final String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
