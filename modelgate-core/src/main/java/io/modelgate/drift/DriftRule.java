package io.modelgate.drift;

import java.util.Locale;

/**
 * When a feature counts as drifted. The default {@link #BOTH} asks for a difference that is both real (adjusted
 * p-value below alpha, so small samples cannot alarm on noise) and large enough to matter (effect size at its
 * threshold, so huge samples cannot alarm on negligible shifts).
 */
public enum DriftRule {
    /** Adjusted p-value below alpha and effect size at or above the threshold. */
    BOTH,
    /** Adjusted p-value below alpha only: any detectable difference, which grows more sensitive with n. */
    PVALUE,
    /** Effect size at or above the threshold only, as Evidently's distance methods do; noisy for small samples. */
    EFFECT;

    /**
     * Parses a rule name in any case.
     *
     * @param name {@code both}, {@code pvalue} or {@code effect}
     * @return the rule
     */
    public static DriftRule parse(final String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException exception) {
            throw new IllegalArgumentException(
                    "Unknown drift rule '" + name + "': expected both, pvalue or effect", exception);
        }
    }

    /** @return the name in reports and policy files */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Decides one feature.
     *
     * @param adjustedPValue the feature's p-value after the correction across features
     * @param alpha the significance level
     * @param statistic the effect size
     * @param threshold the effect size's threshold
     * @return whether the feature drifted
     */
    public boolean isDrifted(
            final double adjustedPValue, final double alpha, final double statistic, final double threshold) {
        boolean significant = adjustedPValue < alpha;
        boolean large = statistic >= threshold;
        return switch (this) {
            case BOTH -> significant && large;
            case PVALUE -> significant;
            case EFFECT -> large;
        };
    }
}
