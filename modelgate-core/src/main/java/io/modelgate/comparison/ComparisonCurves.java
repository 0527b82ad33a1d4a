package io.modelgate.comparison;

import io.modelgate.statistics.ScoreOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the curves of binary classifiers for the comparison section: the exact ROC curve (one point per distinct
 * threshold, ties moved through together, −0.0 the same score as 0.0, so its trapezoid area is the AUC with ties counted as one half), thinned
 * evenly by threshold rank to at most {@value #ROC_POINTS} points, and a reliability diagram of
 * {@value #CALIBRATION_BINS} equal-width probability bins, empty bins left out. Both take linear time (the scores are
 * ordered by {@link ScoreOrder}).
 */
final class ComparisonCurves {
    static final int ROC_POINTS = 200;
    static final int CALIBRATION_BINS = 10;

    private ComparisonCurves() {}

    /**
     * Lays out the curves of both models.
     *
     * @param predictions binary predictions
     * @return {@code roc} and {@code calibration}, each keyed by {@code champion} (when present) and {@code
     *     candidate}; a model's ROC is a reason when the holdout lacks a class
     */
    static Map<String, Object> of(final PairedPredictions predictions) {
        Map<String, Object> roc = new LinkedHashMap<>();
        Map<String, Object> calibration = new LinkedHashMap<>();
        double[] targets = predictions.targets();
        predictions.champion().ifPresent(champion -> {
            roc.put("champion", rocSection(targets, champion));
            calibration.put("champion", calibration(targets, champion));
        });
        roc.put("candidate", rocSection(targets, predictions.candidate()));
        calibration.put("candidate", calibration(targets, predictions.candidate()));
        Map<String, Object> curves = new LinkedHashMap<>();
        curves.put("roc", roc);
        curves.put("calibration", calibration);
        return curves;
    }

    private static Object rocSection(final double[] targets, final double[] scores) {
        double[][] curve = roc(targets, scores);
        if (curve == null) {
            return new LinkedHashMap<>(Map.of("reason", "the holdout needs both classes for a ROC curve"));
        }
        double[][] thinned = thin(curve, ROC_POINTS);
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < thinned[0].length; i++) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("fpr", thinned[0][i]);
            point.put("tpr", thinned[1][i]);
            points.add(point);
        }
        return points;
    }

    /**
     * Computes the exact ROC curve: from (0, 0) through one point per distinct score, highest first, to (1, 1).
     *
     * @param targets 0 or 1 per row
     * @param scores the probability of class 1 per row
     * @return false positive rates in {@code [0]}, true positive rates in {@code [1]}; null without both classes
     */
    static double[][] roc(final double[] targets, final double[] scores) {
        int positives = 0;
        for (double target : targets) {
            positives += target == 1 ? 1 : 0;
        }
        int negatives = targets.length - positives;
        if (positives == 0 || negatives == 0) {
            return null;
        }
        int[] order = ScoreOrder.ascending(scores);
        double[] fpr = new double[targets.length + 1];
        double[] tpr = new double[targets.length + 1];
        int points = 1;
        int truePositives = 0;
        int falsePositives = 0;
        for (int k = order.length - 1; k >= 0; ) {
            double threshold = scores[order[k]];
            while (k >= 0 && scores[order[k]] == threshold) {
                if (targets[order[k]] == 1) {
                    truePositives++;
                } else {
                    falsePositives++;
                }
                k--;
            }
            fpr[points] = (double) falsePositives / negatives;
            tpr[points] = (double) truePositives / positives;
            points++;
        }
        return new double[][] {Arrays.copyOf(fpr, points), Arrays.copyOf(tpr, points)};
    }

    /**
     * Keeps at most {@code limit} points, evenly spaced by rank, the first and the last always among them.
     *
     * @param curve x in {@code [0]}, y in {@code [1]}
     * @param limit the most points to keep, at least 2
     * @return the thinned curve
     */
    static double[][] thin(final double[][] curve, final int limit) {
        int size = curve[0].length;
        if (size <= limit) {
            return curve;
        }
        double[][] thinned = new double[2][limit];
        for (int k = 0; k < limit; k++) {
            int index = (int) Math.round((double) k * (size - 1) / (limit - 1));
            thinned[0][k] = curve[0][index];
            thinned[1][k] = curve[1][index];
        }
        return thinned;
    }

    /**
     * Bins probabilities into equal-width bins [0, 0.1), ..., [0.9, 1]; values outside [0, 1] go to the end bins
     * and NaN is left out.
     *
     * @param targets 0 or 1 per row
     * @param probabilities the probability of class 1 per row
     * @return per non-empty bin, in order: mean predicted probability, observed rate of class 1, rows
     */
    static List<Map<String, Object>> calibration(final double[] targets, final double[] probabilities) {
        long[] rows = new long[CALIBRATION_BINS];
        double[] predicted = new double[CALIBRATION_BINS];
        long[] observed = new long[CALIBRATION_BINS];
        for (int i = 0; i < targets.length; i++) {
            double probability = probabilities[i];
            if (Double.isNaN(probability)) {
                continue;
            }
            int bin = (int) Math.min(CALIBRATION_BINS - 1, Math.max(0, Math.floor(probability * CALIBRATION_BINS)));
            rows[bin]++;
            predicted[bin] += probability;
            observed[bin] += targets[i] == 1 ? 1 : 0;
        }
        List<Map<String, Object>> bins = new ArrayList<>();
        for (int bin = 0; bin < CALIBRATION_BINS; bin++) {
            if (rows[bin] > 0) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("meanPredicted", predicted[bin] / rows[bin]);
                row.put("observedRate", (double) observed[bin] / rows[bin]);
                row.put("rows", rows[bin]);
                bins.add(row);
            }
        }
        return bins;
    }
}
