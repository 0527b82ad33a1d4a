package io.modelgate.drift;

import java.util.List;

/**
 * The distributions a feature's drift was measured on, for charts: one label per bin (a reference-quantile interval
 * or a category) and the share of non-missing values of each dataset in it.
 *
 * @param labels the bins, e.g. {@code [18, 25)} or {@code red}; the last may be {@code other}
 * @param reference the reference shares, summing to 1
 * @param current the current shares, summing to 1
 */
public record Histogram(List<String> labels, List<Double> reference, List<Double> current) {
    /**
     * Copies the lists.
     *
     * @param labels the bins
     * @param reference the reference shares
     * @param current the current shares
     */
    public Histogram {
        labels = List.copyOf(labels);
        reference = List.copyOf(reference);
        current = List.copyOf(current);
    }
}
