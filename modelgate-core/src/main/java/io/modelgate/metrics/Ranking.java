package io.modelgate.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Ranking metrics of scores against binary outcomes, as scikit-learn 1.2 defines them.
 *
 * <p>ROC AUC ({@code roc_auc_score}) is the trapezoidal area under the ROC curve, which equals the Mann-Whitney
 * statistic U / (positives x negatives) with tied scores counting one half; computed from mid-ranks. Average
 * precision ({@code average_precision_score}) is the step-wise sum over distinct thresholds, highest first, of
 * (recall change) x precision, tied scores forming one threshold. For more than two classes both are the unweighted
 * mean of the one-vs-rest values of every class. Both return NaN when positives or negatives are missing (scikit-learn
 * raises an error or warns). Sorting makes them O(n log n).
 */
public final class Ranking {
    private Ranking() {}

    /**
     * @param positive whether each example is positive
     * @param scores the score of each example, higher meaning more likely positive
     * @return the area under the ROC curve, NaN without positives or without negatives
     */
    public static double rocAuc(final boolean[] positive, final double[] scores) {
        Inputs.sameLength(positive.length, scores.length);
        Integer[] order = ascending(scores);
        double positiveRanks = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    positiveRanks += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = order.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRanks - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * @param positive whether each example is positive
     * @param scores the score of each example, higher meaning more likely positive
     * @return the average precision, NaN without positives
     */
    public static double averagePrecision(final boolean[] positive, final double[] scores) {
        Inputs.sameLength(positive.length, scores.length);
        long positives =
                IntStream.range(0, positive.length).filter(k -> positive[k]).count();
        if (positives == 0) {
            return Double.NaN;
        }
        Integer[] order = ascending(scores);
        double sum = 0;
        double previousRecall = 0;
        long truePositives = 0;
        int i = order.length - 1;
        while (i >= 0) {
            int j = i;
            while (j - 1 >= 0 && scores[order[j - 1]] == scores[order[i]]) {
                j--;
            }
            for (int k = j; k <= i; k++) {
                truePositives += positive[order[k]] ? 1 : 0;
            }
            long predicted = order.length - j;
            double recall = (double) truePositives / positives;
            sum += (recall - previousRecall) * truePositives / predicted;
            previousRecall = recall;
            i = j - 1;
        }
        return sum;
    }

    /**
     * @param actual the actual class of each example, 0-based
     * @param probabilities the probability of each class for each example
     * @return the ROC AUC for two classes (class 1 positive), else the macro average of one-vs-rest AUCs
     */
    public static double rocAuc(final int[] actual, final double[][] probabilities) {
        return oneVsRest(actual, probabilities, true);
    }

    /**
     * @param actual the actual class of each example, 0-based
     * @param probabilities the probability of each class for each example
     * @return the average precision for two classes (class 1 positive), else the one-vs-rest macro average
     */
    public static double averagePrecision(final int[] actual, final double[][] probabilities) {
        return oneVsRest(actual, probabilities, false);
    }

    private static double oneVsRest(final int[] actual, final double[][] probabilities, final boolean auc) {
        Inputs.sameLength(actual.length, probabilities.length);
        int classes = Inputs.classes(probabilities);
        Inputs.labels(actual, classes);
        int first = classes == 2 ? 1 : 0;
        double sum = 0;
        for (int k = first; k < classes; k++) {
            boolean[] positive = new boolean[actual.length];
            double[] scores = new double[actual.length];
            for (int i = 0; i < actual.length; i++) {
                positive[i] = actual[i] == k;
                scores[i] = probabilities[i][k];
            }
            sum += auc ? rocAuc(positive, scores) : averagePrecision(positive, scores);
        }
        return sum / (classes - first);
    }

    private static Integer[] ascending(final double[] scores) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, Comparator.comparingDouble(k -> scores[k]));
        return order;
    }
}
