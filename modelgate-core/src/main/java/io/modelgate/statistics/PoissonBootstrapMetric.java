package io.modelgate.statistics;

/**
 * A metric that {@link PoissonBootstrap} can evaluate under integer row weights in O(n) per resample: prepared once
 * per model (per-row losses, or the score order for ROC AUC), then evaluated for each resample's weights.
 *
 * <p>Classification metrics take targets 0 or 1 and predictions that are probabilities of class 1; regression
 * metrics take any finite targets and predictions.
 */
public interface PoissonBootstrapMetric {
    /** @return the metric's name, e.g. {@code auc} */
    String name();

    /**
     * Prepares one model's predictions.
     *
     * @param targets the true values (0/1 labels for classification)
     * @param predictions the model's prediction of each row
     * @return the metric of these predictions under any weights
     * @throws IllegalArgumentException when the lengths differ or a value is out of the metric's domain
     */
    Prepared prepare(double[] targets, double[] predictions);

    /** One model's metric as a function of row weights. */
    @FunctionalInterface
    interface Prepared {
        /**
         * Evaluates the metric with each row counted {@code weights[i]} times.
         *
         * @param weights one non-negative weight per row
         * @return the weighted metric, NaN when undefined (no weight, or a class missing for AUC)
         */
        double value(byte[] weights);
    }

    /** @return accuracy: share of rows where {@code probability ≥ 0.5} matches the label; higher is better */
    static PoissonBootstrapMetric accuracy() {
        return PoissonBootstrapLosses.ACCURACY;
    }

    /** @return ROC AUC by the weighted Mann-Whitney statistic, ties count one half; higher is better */
    static PoissonBootstrapMetric rocAuc() {
        return new PoissonBootstrapAuc();
    }

    /** @return log loss with probabilities clipped to [1e-15, 1 − 1e-15], natural log; lower is better */
    static PoissonBootstrapMetric logLoss() {
        return PoissonBootstrapLosses.LOG_LOSS;
    }

    /** @return Brier score, mean of (probability − label)²; lower is better */
    static PoissonBootstrapMetric brier() {
        return PoissonBootstrapLosses.BRIER;
    }

    /** @return root mean squared error; lower is better */
    static PoissonBootstrapMetric rmse() {
        return PoissonBootstrapLosses.RMSE;
    }

    /** @return mean absolute error; lower is better */
    static PoissonBootstrapMetric mae() {
        return PoissonBootstrapLosses.MAE;
    }
}
