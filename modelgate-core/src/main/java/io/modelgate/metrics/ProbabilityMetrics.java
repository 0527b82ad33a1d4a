package io.modelgate.metrics;

/**
 * Metrics of predicted class probabilities against actual classes.
 *
 * <p>Log loss is scikit-learn 1.2's {@code log_loss}: probabilities clipped to [eps, 1 - eps] with eps = 2^-52
 * (the double's machine epsilon), each row renormalised to sum 1, then the mean of -ln p(actual class). The Brier
 * score is the mean over examples of the squared distance between the probability vector and the one-hot actual
 * class, halved for two classes so that it equals scikit-learn's {@code brier_score_loss} (mean of (p1 - y)^2); for
 * more than two classes it is the unhalved sum, as scikit-learn 1.7's multiclass Brier score. The expected
 * calibration error is the top-label ECE of Guo et al. (2017), "On Calibration of Modern Neural Networks": the
 * confidence of an example is its largest probability (the first class wins ties), examples fall into equal-width
 * bins ((m-1)/M, m/M] of confidence (bin index ceil(M x confidence) - 1, clamped to [0, M-1]), and the ECE is the
 * example-weighted mean of |accuracy - mean confidence| over the non-empty bins.
 */
public final class ProbabilityMetrics {
    /** The bins of {@link #expectedCalibrationError(int[], double[][])}. */
    public static final int DEFAULT_BINS = 10;

    private static final double EPSILON = Math.ulp(1.0);

    private ProbabilityMetrics() {}

    /**
     * @param actual the actual class of each example, 0-based
     * @param probabilities the probability of each class for each example
     * @return the mean negative log-likelihood of the actual classes
     */
    public static double logLoss(final int[] actual, final double[][] probabilities) {
        int classes = check(actual, probabilities);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double rowSum = 0;
            for (int k = 0; k < classes; k++) {
                rowSum += clip(probabilities[i][k]);
            }
            sum -= Math.log(clip(probabilities[i][actual[i]]) / rowSum);
        }
        return sum / actual.length;
    }

    /**
     * @param actual the actual class of each example, 0-based
     * @param probabilities the probability of each class for each example
     * @return the Brier score: mean of (p1 - y)^2 for two classes, mean squared distance to one-hot otherwise
     */
    public static double brierScore(final int[] actual, final double[][] probabilities) {
        int classes = check(actual, probabilities);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            if (classes == 2) {
                double error = probabilities[i][1] - (actual[i] == 1 ? 1 : 0);
                sum += error * error;
                continue;
            }
            for (int k = 0; k < classes; k++) {
                double error = probabilities[i][k] - (actual[i] == k ? 1 : 0);
                sum += error * error;
            }
        }
        return sum / actual.length;
    }

    /**
     * @param actual the actual class of each example, 0-based
     * @param probabilities the probability of each class for each example
     * @return the top-label expected calibration error over {@value #DEFAULT_BINS} equal-width bins
     */
    public static double expectedCalibrationError(final int[] actual, final double[][] probabilities) {
        return expectedCalibrationError(actual, probabilities, DEFAULT_BINS);
    }

    /**
     * @param actual the actual class of each example, 0-based
     * @param probabilities the probability of each class for each example
     * @param bins the number of equal-width confidence bins
     * @return the top-label expected calibration error
     */
    public static double expectedCalibrationError(final int[] actual, final double[][] probabilities, final int bins) {
        int classes = check(actual, probabilities);
        long[] counts = new long[bins];
        double[] correct = new double[bins];
        double[] confidence = new double[bins];
        for (int i = 0; i < actual.length; i++) {
            int top = 0;
            for (int k = 1; k < classes; k++) {
                if (probabilities[i][k] > probabilities[i][top]) {
                    top = k;
                }
            }
            double p = probabilities[i][top];
            int bin = Math.min(Math.max((int) Math.ceil(p * bins) - 1, 0), bins - 1);
            counts[bin]++;
            correct[bin] += top == actual[i] ? 1 : 0;
            confidence[bin] += p;
        }
        double sum = 0;
        for (int b = 0; b < bins; b++) {
            if (counts[b] > 0) {
                sum += counts[b] * Math.abs(correct[b] / counts[b] - confidence[b] / counts[b]);
            }
        }
        return sum / actual.length;
    }

    private static double clip(final double p) {
        return Math.min(Math.max(p, EPSILON), 1 - EPSILON);
    }

    private static int check(final int[] actual, final double[][] probabilities) {
        Inputs.sameLength(actual.length, probabilities.length);
        int classes = Inputs.classes(probabilities);
        Inputs.labels(actual, classes);
        return classes;
    }
}
