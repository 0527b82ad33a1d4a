package io.modelgate.stage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Locale;

/**
 * The policy file, {@code modelgate.yaml}: which model, the gates of every stage, who may approve a release and
 * what a missing piece of evidence means. Read strictly by {@link PolicyReader}; {@code docs/policy-reference.md}
 * is generated from these records.
 *
 * @param model the model's name; evidence about another model is foreign
 * @param target the holdout's target column
 * @param stages the gates of each stage
 * @param release the release approvals
 * @param missingEvidence {@code failed} or {@code inactive}: the status of a gate whose evidence is missing
 * @param comparison the rules of {@code modelgate compare --policy}
 * @param reproducibility the rules of {@code modelgate reproduce --policy}
 * @param registry where the release moves the champion: a JDBC URL or a SQLite file; empty for the default
 */
public record Policy(
        @JsonPropertyDescription("The model's name; evidence about another model is foreign and fails the gate.")
        @JsonProperty(defaultValue = "(required)")
        String model,

        @JsonPropertyDescription("The target column of the holdout.") @JsonProperty(defaultValue = "(none)")
        String target,

        @JsonPropertyDescription("The gates of each stage.") Stages stages,
        @JsonPropertyDescription("Release approvals.") ReleasePolicy release,

        @JsonPropertyDescription("Status of a gate whose evidence is missing: failed or inactive (never a pass).")
        @JsonProperty(defaultValue = "failed")
        String missingEvidence,

        @JsonPropertyDescription("The rules of `modelgate compare --policy`; flags given explicitly override them.")
        ComparisonSection comparison,

        @JsonPropertyDescription("The rules of `modelgate reproduce --policy`; flags given explicitly override them.")
        ReproducibilitySection reproducibility,

        @JsonPropertyDescription(
                "The registry the release moves the champion in: jdbc:postgresql://..., jdbc:sqlite:FILE"
                        + " or a SQLite file; `--registry` overrides it.")
        @JsonProperty(defaultValue = "$MODELGATE_REGISTRY, else the per-user SQLite file")
        String registry) {
    /**
     * Applies the defaults and checks the values.
     *
     * @param model name, required
     * @param target column
     * @param stages gates
     * @param release approvals
     * @param missingEvidence failed or inactive
     * @param comparison comparison rules, {@code null} for the defaults
     * @param reproducibility reproducibility rules, {@code null} for the defaults
     * @param registry the registry, {@code null} or empty for the default
     */
    public Policy {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("the policy must name the model ('model: NAME')");
        }
        target = target == null ? "" : target;
        stages = stages == null ? Stages.DEFAULTS : stages;
        release = release == null ? ReleasePolicy.DEFAULTS : release;
        missingEvidence = missingEvidence == null ? "failed" : missingEvidence.toLowerCase(Locale.ROOT);
        if (!missingEvidence.equals("failed") && !missingEvidence.equals("inactive")) {
            throw new IllegalArgumentException(
                    "missingEvidence must be failed or inactive, not '" + missingEvidence + "'");
        }
        comparison = comparison == null ? ComparisonSection.NONE : comparison;
        reproducibility = reproducibility == null ? ReproducibilitySection.NONE : reproducibility;
        registry = registry == null ? "" : registry;
    }

    /**
     * Creates a policy with the default comparison and reproducibility rules.
     *
     * @param model name, required
     * @param target column
     * @param stages gates
     * @param release approvals
     * @param missingEvidence failed or inactive
     */
    public Policy(
            final String model,
            final String target,
            final Stages stages,
            final ReleasePolicy release,
            final String missingEvidence) {
        this(model, target, stages, release, missingEvidence, null, null, null);
    }

    /**
     * Returns a copy with other stage gates.
     *
     * @param other the gates
     * @return the copy
     */
    public Policy withStages(final Stages other) {
        return new Policy(model, target, other, release, missingEvidence, comparison, reproducibility, registry);
    }
}
