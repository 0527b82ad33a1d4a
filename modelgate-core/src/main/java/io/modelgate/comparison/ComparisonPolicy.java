package io.modelgate.comparison;

import io.modelgate.statistics.PoissonBootstrap;
import java.util.List;
import java.util.Objects;

/**
 * The rules a candidate must meet against the champion. Improvements are oriented by {@code direction}, so a positive
 * improvement is always better, and the required improvement is {@code max(minimumImprovement,
 * minimumRelativeImprovement × |champion|)}: relative to the magnitude of the champion's value, so a negative
 * champion value (a score that can be below zero) does not flip the rule as dividing by it would (MLflow's
 * {@code min_relative_change} does), and a champion value of 0 leaves only the absolute minimum rather than an
 * undefined ratio. See docs/comparison.md for the verdict rules.
 *
 * @param primaryMetric the metric that decides superiority or non-inferiority
 * @param direction which way the primary metric improves (its natural direction unless stated)
 * @param minimumImprovement absolute improvement the interval's lower bound must exceed (superiority), at least 0
 * @param minimumRelativeImprovement share of |champion| the lower bound must exceed (superiority), at least 0
 * @param alpha significance level; intervals are two-sided at 1 − alpha and DeLong's p must be below it
 * @param mode superiority or non-inferiority on the primary metric
 * @param margin the non-inferiority margin of the primary metric, at least 0
 * @param guards metrics that must each stay non-inferior within their own margin
 * @param sliceMinimumSize slices with fewer rows are INACTIVE
 * @param sliceMargin the non-inferiority margin of the primary metric within each slice
 * @param onMissingChampion what happens without a champion
 * @param maximumChangedDecisions the largest acceptable share of rows whose decision changes, in [0, 1]
 * @param resamples bootstrap resamples
 * @param seed bootstrap seed
 */
public record ComparisonPolicy(
        ComparisonMetric primaryMetric,
        Direction direction,
        double minimumImprovement,
        double minimumRelativeImprovement,
        double alpha,
        ComparisonMode mode,
        double margin,
        List<GuardMetric> guards,
        int sliceMinimumSize,
        double sliceMargin,
        MissingChampion onMissingChampion,
        double maximumChangedDecisions,
        int resamples,
        long seed) {
    /** Significance level unless stated. */
    public static final double DEFAULT_ALPHA = 0.05;
    /** Slices below this many rows are not judged unless stated. */
    public static final int DEFAULT_SLICE_MINIMUM_SIZE = 100;
    /** Non-inferiority margin of slices unless stated. */
    public static final double DEFAULT_SLICE_MARGIN = 0.02;
    /** Bootstrap seed unless stated. */
    public static final long DEFAULT_SEED = 20_260_101L;

    /**
     * Checks every value.
     *
     * @param primaryMetric primary metric
     * @param direction its direction
     * @param minimumImprovement absolute minimum
     * @param minimumRelativeImprovement relative minimum
     * @param alpha significance level
     * @param mode mode
     * @param margin non-inferiority margin
     * @param guards guard metrics
     * @param sliceMinimumSize smallest judged slice
     * @param sliceMargin slice margin
     * @param onMissingChampion without a champion
     * @param maximumChangedDecisions largest changed share
     * @param resamples resamples
     * @param seed seed
     */
    public ComparisonPolicy {
        Objects.requireNonNull(primaryMetric, "primaryMetric");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(onMissingChampion, "onMissingChampion");
        guards = List.copyOf(guards);
        requireAtLeastZero("minimumImprovement", minimumImprovement);
        requireAtLeastZero("minimumRelativeImprovement", minimumRelativeImprovement);
        requireAtLeastZero("margin", margin);
        requireAtLeastZero("sliceMargin", sliceMargin);
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        if (!(maximumChangedDecisions >= 0 && maximumChangedDecisions <= 1)) {
            throw new IllegalArgumentException(
                    "maximumChangedDecisions must be a share in [0, 1], got " + maximumChangedDecisions);
        }
        if (sliceMinimumSize < 1 || resamples < 1) {
            throw new IllegalArgumentException(
                    "sliceMinimumSize and resamples must be positive, got " + sliceMinimumSize + " and " + resamples);
        }
    }

    /**
     * Creates the default policy for a primary metric: superiority with no minimum improvement beyond significance,
     * alpha 0.05, no guards, slices of at least 100 rows within 0.02, FAIL without a champion, no limit on changed
     * decisions, 1000 resamples.
     *
     * @param primaryMetric the primary metric
     * @return the policy
     */
    public static ComparisonPolicy of(final ComparisonMetric primaryMetric) {
        return new ComparisonPolicy(
                primaryMetric,
                primaryMetric.direction(),
                0,
                0,
                DEFAULT_ALPHA,
                ComparisonMode.SUPERIORITY,
                0,
                List.of(),
                DEFAULT_SLICE_MINIMUM_SIZE,
                DEFAULT_SLICE_MARGIN,
                MissingChampion.FAIL,
                1,
                PoissonBootstrap.DEFAULT_RESAMPLES,
                DEFAULT_SEED);
    }

    /**
     * @param absolute the absolute minimum improvement
     * @param relative the minimum improvement as a share of |champion|
     * @return a superiority policy with these minimums
     */
    public ComparisonPolicy withMinimumImprovement(final double absolute, final double relative) {
        return new ComparisonPolicy(
                primaryMetric,
                direction,
                absolute,
                relative,
                alpha,
                ComparisonMode.SUPERIORITY,
                margin,
                guards,
                sliceMinimumSize,
                sliceMargin,
                onMissingChampion,
                maximumChangedDecisions,
                resamples,
                seed);
    }

    /**
     * @param nonInferiorityMargin the largest acceptable worsening of the primary metric
     * @return a non-inferiority policy with this margin
     */
    public ComparisonPolicy withNonInferiority(final double nonInferiorityMargin) {
        return new ComparisonPolicy(
                primaryMetric,
                direction,
                minimumImprovement,
                minimumRelativeImprovement,
                alpha,
                ComparisonMode.NON_INFERIORITY,
                nonInferiorityMargin,
                guards,
                sliceMinimumSize,
                sliceMargin,
                onMissingChampion,
                maximumChangedDecisions,
                resamples,
                seed);
    }

    /**
     * @param guardMetrics the guard metrics
     * @return this policy with these guards
     */
    public ComparisonPolicy withGuards(final List<GuardMetric> guardMetrics) {
        return new ComparisonPolicy(
                primaryMetric,
                direction,
                minimumImprovement,
                minimumRelativeImprovement,
                alpha,
                mode,
                margin,
                guardMetrics,
                sliceMinimumSize,
                sliceMargin,
                onMissingChampion,
                maximumChangedDecisions,
                resamples,
                seed);
    }

    /**
     * @param minimumSize the smallest slice judged
     * @param nonInferiorityMargin the margin within each slice
     * @return this policy with these slice rules
     */
    public ComparisonPolicy withSlices(final int minimumSize, final double nonInferiorityMargin) {
        return new ComparisonPolicy(
                primaryMetric,
                direction,
                minimumImprovement,
                minimumRelativeImprovement,
                alpha,
                mode,
                margin,
                guards,
                minimumSize,
                nonInferiorityMargin,
                onMissingChampion,
                maximumChangedDecisions,
                resamples,
                seed);
    }

    /**
     * @param missingChampion what happens without a champion
     * @return this policy with that rule
     */
    public ComparisonPolicy withOnMissingChampion(final MissingChampion missingChampion) {
        return new ComparisonPolicy(
                primaryMetric,
                direction,
                minimumImprovement,
                minimumRelativeImprovement,
                alpha,
                mode,
                margin,
                guards,
                sliceMinimumSize,
                sliceMargin,
                missingChampion,
                maximumChangedDecisions,
                resamples,
                seed);
    }

    /**
     * @param significance the significance level
     * @param share the largest acceptable share of changed decisions
     * @return this policy with that level and limit
     */
    public ComparisonPolicy withAlpha(final double significance, final double share) {
        return new ComparisonPolicy(
                primaryMetric,
                direction,
                minimumImprovement,
                minimumRelativeImprovement,
                significance,
                mode,
                margin,
                guards,
                sliceMinimumSize,
                sliceMargin,
                onMissingChampion,
                share,
                resamples,
                seed);
    }

    /**
     * @param bootstrapResamples the number of resamples
     * @param bootstrapSeed the seed
     * @return this policy with these bootstrap settings
     */
    public ComparisonPolicy withBootstrap(final int bootstrapResamples, final long bootstrapSeed) {
        return new ComparisonPolicy(
                primaryMetric,
                direction,
                minimumImprovement,
                minimumRelativeImprovement,
                alpha,
                mode,
                margin,
                guards,
                sliceMinimumSize,
                sliceMargin,
                onMissingChampion,
                maximumChangedDecisions,
                bootstrapResamples,
                bootstrapSeed);
    }

    /**
     * Returns the improvement the interval's lower bound must exceed under superiority.
     *
     * @param champion the champion's value of the primary metric
     * @return {@code max(minimumImprovement, minimumRelativeImprovement × |champion|)}
     */
    public double requiredImprovement(final double champion) {
        return Math.max(minimumImprovement, minimumRelativeImprovement * Math.abs(champion));
    }

    /** @return the two-sided level of every interval, 1 − alpha */
    public double confidenceLevel() {
        return 1 - alpha;
    }

    private static void requireAtLeastZero(final String name, final double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and at least 0, got " + value);
        }
    }
}
