package io.modelgate.scoring;

import io.modelgate.data.Fingerprint;
import java.util.List;
import java.util.Map;

/**
 * Both models' predictions on one holdout, row by row (paired): for a binary classifier the probability of the
 * positive class, for a regression the predicted value; with the actual target, the slice keys and the holdout's
 * fingerprint.
 *
 * @param holdout the holdout's fingerprint
 * @param classes the target's classes, the positive class last; empty for a regression
 * @param actual the target per row, as written in the holdout
 * @param candidate the candidate's prediction per row
 * @param champion the champion's prediction per row, or {@code null} without a champion
 * @param slices the slice columns' values per row, by column
 * @param engines which engine scored each model (candidate first), and why
 */
public record HoldoutScores(
        Fingerprint holdout,
        List<String> classes,
        String[] actual,
        double[] candidate,
        double[] champion,
        Map<String, String[]> slices,
        List<EngineReport> engines) {
    /**
     * Creates scores without engine reports.
     *
     * @param holdout the holdout's fingerprint
     * @param classes the target's classes, the positive class last; empty for a regression
     * @param actual the target per row
     * @param candidate the candidate's prediction per row
     * @param champion the champion's prediction per row, or {@code null}
     * @param slices the slice columns' values per row, by column
     */
    public HoldoutScores(
            final Fingerprint holdout,
            final List<String> classes,
            final String[] actual,
            final double[] candidate,
            final double[] champion,
            final Map<String, String[]> slices) {
        this(holdout, classes, actual, candidate, champion, slices, List.of());
    }

    /** @return the number of rows */
    public int rows() {
        return actual.length;
    }

    /** @return whether there is a champion */
    public boolean hasChampion() {
        return champion != null;
    }

    /**
     * Returns the binary label of every row: 1 for the positive class (the second of the two), 0 for the other.
     *
     * @return the labels
     */
    public int[] labels() {
        int[] labels = new int[actual.length];
        String positive = classes.get(classes.size() - 1);
        for (int i = 0; i < actual.length; i++) {
            labels[i] = positive.equals(actual[i]) ? 1 : 0;
        }
        return labels;
    }

    /** @return the target per row as numbers, for a regression */
    public double[] targets() {
        double[] targets = new double[actual.length];
        for (int i = 0; i < actual.length; i++) {
            targets[i] = Double.parseDouble(actual[i]);
        }
        return targets;
    }
}
