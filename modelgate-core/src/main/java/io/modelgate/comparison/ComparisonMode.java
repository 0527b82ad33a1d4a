package io.modelgate.comparison;

/** What the candidate must show on the primary metric. */
public enum ComparisonMode {
    /** Better than the champion by at least the minimum improvement, with confidence. */
    SUPERIORITY,
    /** Not worse than the champion by more than the margin, with confidence. */
    NON_INFERIORITY
}
