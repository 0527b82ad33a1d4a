package io.modelgate.stage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.modelgate.comparison.ComparisonSettings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy's {@code comparison:} section as written in {@code modelgate.yaml}: the rules {@code modelgate compare
 * --policy} applies; a key left out keeps the comparison's own default ({@link ComparisonSettings#defaults()}).
 *
 * @param primaryMetric the deciding metric; {@code null} for auc (classifiers) or rmse (regressions)
 * @param minimumImprovement absolute improvement the lower bound must exceed
 * @param minimumRelativeImprovement improvement as a share of |champion|
 * @param alpha significance level
 * @param mode superiority or non-inferiority
 * @param margin non-inferiority margin of the primary metric
 * @param guards guard metrics and their margins
 * @param slices columns whose values are slices
 * @param sliceMinimumSize smallest judged slice
 * @param sliceMargin margin within each slice
 * @param onMissingChampion pass, fail or inactive
 * @param maximumChangedDecisions largest share of changed decisions
 * @param resamples bootstrap resamples
 * @param seed bootstrap seed
 */
public record ComparisonSection(
        @JsonPropertyDescription("The deciding metric: auc, accuracy, log_loss, brier, rmse or mae.")
        @JsonProperty(defaultValue = "auc (classifiers), rmse (regressions)")
        String primaryMetric,

        @JsonPropertyDescription("Least absolute improvement the interval's lower bound must exceed (superiority).")
        @JsonProperty(defaultValue = "0")
        Double minimumImprovement,

        @JsonPropertyDescription("Least improvement as a share of the champion's absolute value (superiority).")
        @JsonProperty(defaultValue = "0")
        Double minimumRelativeImprovement,

        @JsonPropertyDescription("Significance level; intervals are two-sided at 1 - alpha.")
        @JsonProperty(defaultValue = "0.05")
        Double alpha,

        @JsonPropertyDescription("superiority or non-inferiority on the primary metric.")
        @JsonProperty(defaultValue = "superiority")
        String mode,

        @JsonPropertyDescription("Non-inferiority margin of the primary metric.") @JsonProperty(defaultValue = "0")
        Double margin,

        @JsonPropertyDescription(
                "Guard metrics that must stay non-inferior, each with its margin, e.g. {log_loss: 0.01}.")
        @JsonProperty(defaultValue = "{} (none)")
        Map<String, Double> guards,

        @JsonPropertyDescription("Columns whose values are slices, each checked for non-inferiority.")
        @JsonProperty(defaultValue = "[] (none)")
        List<String> slices,

        @JsonPropertyDescription("Slices with fewer rows are INACTIVE.") @JsonProperty(defaultValue = "100")
        Integer sliceMinimumSize,

        @JsonPropertyDescription("Non-inferiority margin of the primary metric within each slice.")
        @JsonProperty(defaultValue = "0.02")
        Double sliceMargin,

        @JsonPropertyDescription("Status without a champion: pass, fail or inactive.")
        @JsonProperty(defaultValue = "fail")
        String onMissingChampion,

        @JsonPropertyDescription("Largest share of rows whose decision may change.")
        @JsonProperty(defaultValue = "1 (no limit)")
        Double maximumChangedDecisions,

        @JsonPropertyDescription("Bootstrap resamples.") @JsonProperty(defaultValue = "1000")
        Integer resamples,

        @JsonPropertyDescription("Bootstrap seed.") @JsonProperty(defaultValue = "20260101")
        Long seed) {
    /** No section: every key at the comparison's default. */
    public static final ComparisonSection NONE =
            new ComparisonSection(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /**
     * Copies the collections.
     *
     * @param primaryMetric metric or {@code null}
     * @param minimumImprovement absolute minimum
     * @param minimumRelativeImprovement relative minimum
     * @param alpha significance level
     * @param mode mode
     * @param margin margin
     * @param guards guards
     * @param slices slices
     * @param sliceMinimumSize smallest slice
     * @param sliceMargin slice margin
     * @param onMissingChampion without a champion
     * @param maximumChangedDecisions changed share
     * @param resamples resamples
     * @param seed seed
     */
    public ComparisonSection {
        guards = guards == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(guards));
        slices = slices == null ? null : List.copyOf(slices);
    }

    /**
     * Puts the keys this section sets over the comparison's defaults.
     *
     * @return the settings, checked
     * @throws IllegalArgumentException naming the key whose value is wrong
     */
    public ComparisonSettings settings() {
        ComparisonSettings base = ComparisonSettings.defaults();
        return new ComparisonSettings(
                        primaryMetric,
                        mode == null ? base.mode() : mode,
                        or(margin, base.margin()),
                        or(minimumImprovement, base.minimumImprovement()),
                        or(minimumRelativeImprovement, base.minimumRelativeImprovement()),
                        guards == null
                                ? base.guards()
                                : guards.entrySet().stream()
                                        .map(guard -> guard.getKey() + ":" + guard.getValue())
                                        .toList(),
                        sliceMinimumSize == null ? base.sliceMinimumSize() : sliceMinimumSize,
                        or(sliceMargin, base.sliceMargin()),
                        or(alpha, base.alpha()),
                        or(maximumChangedDecisions, base.maximumChangedDecisions()),
                        onMissingChampion == null ? base.onMissingChampion() : onMissingChampion,
                        resamples == null ? base.resamples() : resamples,
                        seed == null ? base.seed() : seed)
                .checked();
    }

    /** @return the slice columns, empty when the section names none */
    public List<String> sliceColumns() {
        return slices == null ? List.of() : slices;
    }

    private static double or(final Double value, final double fallback) {
        return value == null ? fallback : value;
    }
}
