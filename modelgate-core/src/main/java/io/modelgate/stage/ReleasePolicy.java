package io.modelgate.stage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * Who may approve a release and how many must.
 *
 * @param approvers the people allowed to approve; empty means anyone
 * @param minApprovals the number of distinct valid approvals needed
 * @param segregationOfDuties whether the candidate's author and the build's trigger are barred from approving
 */
public record ReleasePolicy(
        @JsonPropertyDescription("People allowed to approve a release (user ids or e-mail addresses); empty: anyone.")
        @JsonProperty(defaultValue = "[] (anyone)")
        List<String> approvers,

        @JsonPropertyDescription("Distinct valid approvals a release needs.") @JsonProperty(defaultValue = "1")
        Integer minApprovals,

        @JsonPropertyDescription(
                "Bar the author of the candidate's commit and whoever triggered the build from approving.")
        @JsonProperty(defaultValue = "true")
        Boolean segregationOfDuties) {
    /** The defaults: anyone but the author and the trigger, one approval. */
    public static final ReleasePolicy DEFAULTS = new ReleasePolicy(null, null, null);

    /**
     * Applies the defaults.
     *
     * @param approvers people, {@code null} for anyone
     * @param minApprovals count, {@code null} for 1
     * @param segregationOfDuties flag, {@code null} for true
     */
    public ReleasePolicy {
        approvers = approvers == null ? List.of() : List.copyOf(approvers);
        minApprovals = minApprovals == null ? Integer.valueOf(1) : minApprovals;
        segregationOfDuties = segregationOfDuties == null ? Boolean.TRUE : segregationOfDuties;
        if (minApprovals < 1) {
            throw new IllegalArgumentException("minApprovals must be at least 1");
        }
    }
}
