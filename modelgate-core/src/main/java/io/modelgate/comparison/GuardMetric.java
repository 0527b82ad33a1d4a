package io.modelgate.comparison;

import java.util.Objects;

/**
 * A metric the candidate must not make worse by more than a margin (non-inferiority), whatever the primary metric
 * does.
 *
 * @param metric the metric
 * @param margin the largest acceptable worsening, in the metric's units, at least 0
 */
public record GuardMetric(ComparisonMetric metric, double margin) {
    /**
     * Checks the margin.
     *
     * @param metric the metric
     * @param margin the margin
     */
    public GuardMetric {
        Objects.requireNonNull(metric, "metric");
        if (!(margin >= 0) || Double.isInfinite(margin)) {
            throw new IllegalArgumentException(
                    "Guard margin of " + metric.key() + " must be finite and at least 0, got " + margin);
        }
    }
}
