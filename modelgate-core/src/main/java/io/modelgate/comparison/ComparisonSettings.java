package io.modelgate.comparison;

import java.util.List;
import java.util.Locale;

/**
 * The comparison policy as a command line or a Pipeline step receives it, in words and numbers; it becomes a {@link
 * ComparisonPolicy} once the candidate is loaded, because the default primary metric depends on whether the model
 * is a classifier. {@link #checked()} checks every value, so that a bad setting is reported before any model is
 * scored.
 *
 * @param primaryMetric the deciding metric ({@code auc}, {@code accuracy}, {@code log_loss}, {@code brier},
 *     {@code rmse}, {@code mae}), or {@code null} for auc (classifiers) or rmse (regressions)
 * @param mode {@code superiority} or {@code non-inferiority}
 * @param margin the non-inferiority margin of the primary metric
 * @param minimumImprovement the absolute improvement the interval's lower bound must exceed
 * @param minimumRelativeImprovement the improvement as a share of |champion| the lower bound must exceed
 * @param guards metrics that must stay non-inferior, each {@code METRIC:MARGIN}, e.g. {@code log_loss:0.01}
 * @param sliceMinimumSize slices with fewer rows are INACTIVE
 * @param sliceMargin the non-inferiority margin within each slice
 * @param alpha the significance level
 * @param maximumChangedDecisions the largest share of rows whose decision may change
 * @param onMissingChampion {@code pass}, {@code fail} or {@code inactive} when there is no champion
 * @param resamples bootstrap resamples
 * @param seed bootstrap (and perturbation) seed
 */
public record ComparisonSettings(
        String primaryMetric,
        String mode,
        double margin,
        double minimumImprovement,
        double minimumRelativeImprovement,
        List<String> guards,
        int sliceMinimumSize,
        double sliceMargin,
        double alpha,
        double maximumChangedDecisions,
        String onMissingChampion,
        int resamples,
        long seed) {
    /**
     * Copies the guards.
     *
     * @param primaryMetric deciding metric or null
     * @param mode superiority or non-inferiority
     * @param margin non-inferiority margin
     * @param minimumImprovement absolute minimum
     * @param minimumRelativeImprovement relative minimum
     * @param guards METRIC:MARGIN each
     * @param sliceMinimumSize smallest judged slice
     * @param sliceMargin slice margin
     * @param alpha significance level
     * @param maximumChangedDecisions largest changed share
     * @param onMissingChampion pass, fail or inactive
     * @param resamples resamples
     * @param seed seed
     */
    public ComparisonSettings {
        guards = List.copyOf(guards);
    }

    /**
     * Checks every value by making the policy once.
     *
     * @return these settings
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    public ComparisonSettings checked() {
        policy(true);
        return this;
    }

    /** @return the defaults of {@code modelgate compare} and {@code mlCompareModels} */
    public static ComparisonSettings defaults() {
        return new ComparisonSettings(
                null,
                "superiority",
                0,
                0,
                0,
                List.of(),
                ComparisonPolicy.DEFAULT_SLICE_MINIMUM_SIZE,
                ComparisonPolicy.DEFAULT_SLICE_MARGIN,
                ComparisonPolicy.DEFAULT_ALPHA,
                1,
                "fail",
                io.modelgate.statistics.PoissonBootstrap.DEFAULT_RESAMPLES,
                ComparisonPolicy.DEFAULT_SEED);
    }

    /**
     * Makes the policy.
     *
     * @param classifier whether the candidate is a classifier, which decides the default primary metric
     * @return the policy
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    public ComparisonPolicy policy(final boolean classifier) {
        ComparisonMetric metric = primaryMetric == null
                ? (classifier ? ComparisonMetric.AUC : ComparisonMetric.RMSE)
                : ComparisonMetric.parse(primaryMetric);
        ComparisonPolicy policy = ComparisonPolicy.of(metric)
                .withMinimumImprovement(minimumImprovement, minimumRelativeImprovement)
                .withGuards(guards.stream().map(ComparisonSettings::guard).toList())
                .withSlices(sliceMinimumSize, sliceMargin)
                .withOnMissingChampion(missingChampion(onMissingChampion))
                .withAlpha(alpha, maximumChangedDecisions)
                .withBootstrap(resamples, seed);
        String normalisedMode = mode.toLowerCase(Locale.ROOT).replace('_', '-');
        if ("non-inferiority".equals(normalisedMode)) {
            return policy.withNonInferiority(margin);
        }
        if (!"superiority".equals(normalisedMode)) {
            throw new IllegalArgumentException("mode must be superiority or non-inferiority, not '" + mode + "'");
        }
        return policy;
    }

    private static MissingChampion missingChampion(final String text) {
        try {
            return MissingChampion.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException exception) {
            throw new IllegalArgumentException(
                    "onMissingChampion must be pass, fail or inactive, not '" + text + "'", exception);
        }
    }

    private static GuardMetric guard(final String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("A guard is METRIC:MARGIN, e.g. log_loss:0.01, not '" + text + "'");
        }
        double margin;
        try {
            margin = Double.parseDouble(text.substring(colon + 1).strip());
        } catch (NumberFormatException exception) {
            throw new IllegalArgumentException("The margin of guard '" + text + "' is not a number", exception);
        }
        return new GuardMetric(ComparisonMetric.parse(text.substring(0, colon).strip()), margin);
    }
}
