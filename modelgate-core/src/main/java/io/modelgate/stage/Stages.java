package io.modelgate.stage;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * The policy's gates, stage by stage; a stage the policy leaves out gets the defaults.
 *
 * @param integration Integration's gates
 * @param delivery Delivery's gates
 * @param deployment Deployment's gates
 * @param release Release's gates
 */
public record Stages(
        @JsonPropertyDescription("Integration: data validation, reproducibility.")
        StagePolicy integration,

        @JsonPropertyDescription("Delivery: comparison, bundle.")
        StagePolicy delivery,

        @JsonPropertyDescription("Deployment: the deployment smoke test.")
        StagePolicy deployment,

        @JsonPropertyDescription("Release: approvals.") StagePolicy release) {
    /** The defaults of every stage. */
    public static final Stages DEFAULTS = new Stages(null, null, null, null);

    /**
     * Returns one stage's gates.
     *
     * @param stage the stage
     * @return its policy, the defaults when not given
     */
    public StagePolicy of(final Stage stage) {
        StagePolicy policy =
                switch (stage) {
                    case INTEGRATION -> integration;
                    case DELIVERY -> delivery;
                    case DEPLOYMENT -> deployment;
                    case RELEASE -> release;
                };
        return policy == null ? new StagePolicy(null, null) : policy;
    }
}
