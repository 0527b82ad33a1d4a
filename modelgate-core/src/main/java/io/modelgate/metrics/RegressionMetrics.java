package io.modelgate.metrics;

import java.util.Arrays;

/**
 * Errors of predicted numbers against actual ones, as scikit-learn 1.2 defines them: RMSE (square root of
 * {@code mean_squared_error}), MAE ({@code mean_absolute_error}), R2 ({@code r2_score}: 1 - SS_res / SS_tot; for a
 * constant actual value 1.0 when the predictions are perfect, else 0.0), MAPE ({@code mean_absolute_percentage_error}:
 * mean of |y - p| / max(|y|, eps) with eps = 2^-52, a fraction, not a percentage) and the median absolute error
 * (the mean of the two middle values for an even count).
 */
public final class RegressionMetrics {
    private static final double EPSILON = Math.ulp(1.0);

    private RegressionMetrics() {}

    /**
     * @param actual the actual values
     * @param predicted the predicted values
     * @return the root mean squared error
     */
    public static double rmse(final double[] actual, final double[] predicted) {
        Inputs.sameLength(actual.length, predicted.length);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double error = actual[i] - predicted[i];
            sum += error * error;
        }
        return Math.sqrt(sum / actual.length);
    }

    /**
     * @param actual the actual values
     * @param predicted the predicted values
     * @return the mean absolute error
     */
    public static double mae(final double[] actual, final double[] predicted) {
        Inputs.sameLength(actual.length, predicted.length);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(actual[i] - predicted[i]);
        }
        return sum / actual.length;
    }

    /**
     * @param actual the actual values
     * @param predicted the predicted values
     * @return the coefficient of determination
     */
    public static double r2(final double[] actual, final double[] predicted) {
        Inputs.sameLength(actual.length, predicted.length);
        double mean = Arrays.stream(actual).sum() / actual.length;
        double residual = 0;
        double totalSquares = 0;
        for (int i = 0; i < actual.length; i++) {
            residual += (actual[i] - predicted[i]) * (actual[i] - predicted[i]);
            totalSquares += (actual[i] - mean) * (actual[i] - mean);
        }
        if (totalSquares == 0) {
            return residual == 0 ? 1.0 : 0.0;
        }
        return 1 - residual / totalSquares;
    }

    /**
     * @param actual the actual values
     * @param predicted the predicted values
     * @return the mean absolute percentage error, as a fraction
     */
    public static double mape(final double[] actual, final double[] predicted) {
        Inputs.sameLength(actual.length, predicted.length);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(actual[i] - predicted[i]) / Math.max(Math.abs(actual[i]), EPSILON);
        }
        return sum / actual.length;
    }

    /**
     * @param actual the actual values
     * @param predicted the predicted values
     * @return the median of the absolute errors
     */
    public static double medianAbsoluteError(final double[] actual, final double[] predicted) {
        Inputs.sameLength(actual.length, predicted.length);
        double[] errors = new double[actual.length];
        for (int i = 0; i < actual.length; i++) {
            errors[i] = Math.abs(actual[i] - predicted[i]);
        }
        Arrays.sort(errors);
        int middle = errors.length / 2;
        return errors.length % 2 == 1 ? errors[middle] : (errors[middle - 1] + errors[middle]) / 2;
    }
}
