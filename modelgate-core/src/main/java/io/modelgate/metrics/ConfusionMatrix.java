package io.modelgate.metrics;

/**
 * Counts of actual versus predicted classes and the metrics derived from them, defined as scikit-learn 1.2 does
 * with {@code zero_division=0}: a precision without predictions of the class, or a recall without examples of it,
 * is 0. Macro averages run over the classes that occur in the actual or the predicted labels (scikit-learn's
 * default {@code labels}); weighted averages weight each class by its number of actual examples. Balanced accuracy
 * is the mean recall over the classes that occur in the actual labels.
 */
public final class ConfusionMatrix {
    private final long[][] counts;
    private final long[] actualTotals;
    private final long[] predictedTotals;
    private final long total;

    private ConfusionMatrix(final long[][] counts) {
        this.counts = counts;
        int classes = counts.length;
        actualTotals = new long[classes];
        predictedTotals = new long[classes];
        long sum = 0;
        for (int a = 0; a < classes; a++) {
            for (int p = 0; p < classes; p++) {
                actualTotals[a] += counts[a][p];
                predictedTotals[p] += counts[a][p];
                sum += counts[a][p];
            }
        }
        total = sum;
    }

    /**
     * Counts labels.
     *
     * @param actual the actual class of each example, 0-based
     * @param predicted the predicted class of each example, 0-based
     * @param classes the number of classes
     * @return the matrix
     */
    public static ConfusionMatrix of(final int[] actual, final int[] predicted, final int classes) {
        Inputs.sameLength(actual.length, predicted.length);
        Inputs.labels(actual, classes);
        Inputs.labels(predicted, classes);
        long[][] counts = new long[classes][classes];
        for (int i = 0; i < actual.length; i++) {
            counts[actual[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(counts);
    }

    /**
     * Returns a count.
     *
     * @param actual the actual class
     * @param predicted the predicted class
     * @return how many examples of the actual class were predicted as the other
     */
    public long count(final int actual, final int predicted) {
        return counts[actual][predicted];
    }

    /** @return the share of examples predicted correctly */
    public double accuracy() {
        long correct = 0;
        for (int k = 0; k < counts.length; k++) {
            correct += counts[k][k];
        }
        return (double) correct / total;
    }

    /** @return the mean recall over the classes with actual examples */
    public double balancedAccuracy() {
        double sum = 0;
        int present = 0;
        for (int k = 0; k < counts.length; k++) {
            if (actualTotals[k] > 0) {
                sum += recall(k);
                present++;
            }
        }
        return sum / present;
    }

    /**
     * @param k the class
     * @return true positives over predicted positives, 0 when the class is never predicted
     */
    public double precision(final int k) {
        return predictedTotals[k] == 0 ? 0.0 : (double) counts[k][k] / predictedTotals[k];
    }

    /**
     * @param k the class
     * @return true positives over actual positives, 0 when the class never occurs
     */
    public double recall(final int k) {
        return actualTotals[k] == 0 ? 0.0 : (double) counts[k][k] / actualTotals[k];
    }

    /**
     * @param k the class
     * @return the harmonic mean of precision and recall, 0 when both are 0
     */
    public double f1(final int k) {
        double precision = precision(k);
        double recall = recall(k);
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }

    /**
     * Averages a per-class metric.
     *
     * @param metric the metric of a class
     * @param weighted whether to weight by actual examples (else: unweighted mean over the classes present)
     * @return the average
     */
    public double average(final java.util.function.IntToDoubleFunction metric, final boolean weighted) {
        double sum = 0;
        double weights = 0;
        for (int k = 0; k < counts.length; k++) {
            if (actualTotals[k] == 0 && predictedTotals[k] == 0) {
                continue;
            }
            double weight = weighted ? actualTotals[k] : 1.0;
            sum += weight * metric.applyAsDouble(k);
            weights += weight;
        }
        return weights == 0 ? 0.0 : sum / weights;
    }

    /** @return the number of classes */
    public int classes() {
        return counts.length;
    }
}
