package io.modelgate.monitoring;

import io.modelgate.statistics.PoissonBootstrapMetric;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The metrics a performance gate can watch, with the keys of the comparison evidence (so the value recorded at
 * release is found by name), their direction and task, and their bootstrap form.
 */
public enum MonitoredMetric {
    /** ROC AUC of the positive class's probability. */
    AUC("auc", true, true),
    /** Share of rows classified right at probability 0.5. */
    ACCURACY("accuracy", true, true),
    /** Log loss, natural log. */
    LOG_LOSS("log_loss", false, true),
    /** Brier score. */
    BRIER("brier", false, true),
    /** Root mean squared error. */
    RMSE("rmse", false, false),
    /** Mean absolute error. */
    MAE("mae", false, false);

    private final String key;
    private final boolean higherIsBetter;
    private final boolean classification;

    MonitoredMetric(final String key, final boolean higherIsBetter, final boolean classification) {
        this.key = key;
        this.higherIsBetter = higherIsBetter;
        this.classification = classification;
    }

    /**
     * Finds a metric by key.
     *
     * @param key e.g. {@code auc}
     * @return the metric
     * @throws IllegalArgumentException when no metric has that key
     */
    public static MonitoredMetric parse(final String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(metric -> metric.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown metric '" + key + "': expected one of "
                        + Arrays.stream(values()).map(MonitoredMetric::key).collect(Collectors.joining(", "))));
    }

    /**
     * Chooses the default metric of a task.
     *
     * @param classification whether the model is a classifier
     * @return AUC for a classifier, RMSE for a regression
     */
    public static MonitoredMetric defaultFor(final boolean classification) {
        return classification ? AUC : RMSE;
    }

    /** @return the key, as in the comparison evidence */
    public String key() {
        return key;
    }

    /** @return whether a larger value is better */
    public boolean isHigherBetter() {
        return higherIsBetter;
    }

    /** @return whether the metric is for binary classification (otherwise regression) */
    public boolean isClassification() {
        return classification;
    }

    PoissonBootstrapMetric bootstrap() {
        return switch (this) {
            case AUC -> PoissonBootstrapMetric.rocAuc();
            case ACCURACY -> PoissonBootstrapMetric.accuracy();
            case LOG_LOSS -> PoissonBootstrapMetric.logLoss();
            case BRIER -> PoissonBootstrapMetric.brier();
            case RMSE -> PoissonBootstrapMetric.rmse();
            case MAE -> PoissonBootstrapMetric.mae();
        };
    }
}
