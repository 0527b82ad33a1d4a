package io.modelgate.metrics;

import java.util.EnumMap;
import java.util.Map;

/** Computes every classification or every regression {@link Metric} of a set of predictions in one call. */
public final class Metrics {
    private Metrics() {}

    /**
     * Computes the classification metrics. Precision, recall and F1 without suffix are those of class 1 and are
     * given for two classes only.
     *
     * @param actual the actual class of each example, 0-based
     * @param predicted the predicted class of each example, 0-based
     * @param probabilities the probability of each class for each example (its row length is the class count)
     * @return the value of every classification metric
     */
    public static Map<Metric, Double> classification(
            final int[] actual, final int[] predicted, final double[][] probabilities) {
        Inputs.sameLength(actual.length, probabilities.length);
        int classes = Inputs.classes(probabilities);
        ConfusionMatrix matrix = ConfusionMatrix.of(actual, predicted, classes);
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        values.put(Metric.ACCURACY, matrix.accuracy());
        values.put(Metric.BALANCED_ACCURACY, matrix.balancedAccuracy());
        if (classes == 2) {
            values.put(Metric.PRECISION, matrix.precision(1));
            values.put(Metric.RECALL, matrix.recall(1));
            values.put(Metric.F1, matrix.f1(1));
        }
        values.put(Metric.PRECISION_MACRO, matrix.average(matrix::precision, false));
        values.put(Metric.RECALL_MACRO, matrix.average(matrix::recall, false));
        values.put(Metric.F1_MACRO, matrix.average(matrix::f1, false));
        values.put(Metric.PRECISION_WEIGHTED, matrix.average(matrix::precision, true));
        values.put(Metric.RECALL_WEIGHTED, matrix.average(matrix::recall, true));
        values.put(Metric.F1_WEIGHTED, matrix.average(matrix::f1, true));
        values.put(Metric.ROC_AUC, Ranking.rocAuc(actual, probabilities));
        values.put(Metric.AVERAGE_PRECISION, Ranking.averagePrecision(actual, probabilities));
        values.put(Metric.LOG_LOSS, ProbabilityMetrics.logLoss(actual, probabilities));
        values.put(Metric.BRIER_SCORE, ProbabilityMetrics.brierScore(actual, probabilities));
        values.put(
                Metric.EXPECTED_CALIBRATION_ERROR, ProbabilityMetrics.expectedCalibrationError(actual, probabilities));
        return values;
    }

    /**
     * Computes the regression metrics.
     *
     * @param actual the actual values
     * @param predicted the predicted values
     * @return the value of every regression metric
     */
    public static Map<Metric, Double> regression(final double[] actual, final double[] predicted) {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        values.put(Metric.RMSE, RegressionMetrics.rmse(actual, predicted));
        values.put(Metric.MAE, RegressionMetrics.mae(actual, predicted));
        values.put(Metric.R2, RegressionMetrics.r2(actual, predicted));
        values.put(Metric.MAPE, RegressionMetrics.mape(actual, predicted));
        values.put(Metric.MEDIAN_ABSOLUTE_ERROR, RegressionMetrics.medianAbsoluteError(actual, predicted));
        return values;
    }
}
