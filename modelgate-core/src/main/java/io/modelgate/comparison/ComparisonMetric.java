package io.modelgate.comparison;

import io.modelgate.statistics.PoissonBootstrapMetric;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The metrics a comparison computes, each with its key, natural direction and task (binary or regression). */
public enum ComparisonMetric {
    /** ROC AUC of the probability of class 1. */
    AUC("auc", Direction.HIGHER_IS_BETTER, true, PoissonBootstrapMetric.rocAuc()),
    /** Share of rows classified right at probability 0.5. */
    ACCURACY("accuracy", Direction.HIGHER_IS_BETTER, true, PoissonBootstrapMetric.accuracy()),
    /** Log loss (cross-entropy), natural log. */
    LOG_LOSS("log_loss", Direction.LOWER_IS_BETTER, true, PoissonBootstrapMetric.logLoss()),
    /** Brier score. */
    BRIER("brier", Direction.LOWER_IS_BETTER, true, PoissonBootstrapMetric.brier()),
    /** Root mean squared error. */
    RMSE("rmse", Direction.LOWER_IS_BETTER, false, PoissonBootstrapMetric.rmse()),
    /** Mean absolute error. */
    MAE("mae", Direction.LOWER_IS_BETTER, false, PoissonBootstrapMetric.mae());

    private final String key;
    private final Direction direction;
    private final boolean binary;
    private final PoissonBootstrapMetric bootstrapMetric;

    ComparisonMetric(
            final String key, final Direction direction, final boolean binary, final PoissonBootstrapMetric metric) {
        this.key = key;
        this.direction = direction;
        this.binary = binary;
        this.bootstrapMetric = metric;
    }

    /**
     * Finds a metric by key.
     *
     * @param key e.g. {@code auc}, case-insensitive
     * @return the metric
     * @throws IllegalArgumentException when no metric has that key
     */
    public static ComparisonMetric parse(final String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(metric -> metric.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown metric '" + key + "': expected one of "
                        + Arrays.stream(values()).map(ComparisonMetric::key).collect(Collectors.joining(", "))));
    }

    /**
     * Lists the metrics of a task, in table order.
     *
     * @param binary true for binary classification, false for regression
     * @return the metrics
     */
    static List<ComparisonMetric> of(final boolean binary) {
        return Arrays.stream(values()).filter(metric -> metric.binary == binary).toList();
    }

    /** @return the key used in policies, check names and evidence */
    public String key() {
        return key;
    }

    /** @return the direction in which the metric improves */
    public Direction direction() {
        return direction;
    }

    /** @return whether the metric is for binary classification (otherwise regression) */
    public boolean isBinary() {
        return binary;
    }

    PoissonBootstrapMetric bootstrapMetric() {
        return bootstrapMetric;
    }
}
