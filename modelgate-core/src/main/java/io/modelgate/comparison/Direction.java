package io.modelgate.comparison;

import java.util.Locale;

/** Which way a metric improves; orients differences so that a positive improvement is always better. */
public enum Direction {
    /** Larger values are better (AUC, accuracy). */
    HIGHER_IS_BETTER,
    /** Smaller values are better (losses and errors). */
    LOWER_IS_BETTER;

    /**
     * Orients a difference candidate − champion as an improvement.
     *
     * @param difference candidate − champion
     * @return the difference for higher-is-better metrics, its negation otherwise
     */
    public double improvement(final double difference) {
        return this == HIGHER_IS_BETTER ? difference : -difference;
    }

    /** @return {@code higher} or {@code lower}, the word used in policies and evidence */
    public String key() {
        return name().substring(0, name().indexOf('_')).toLowerCase(Locale.ROOT);
    }
}
