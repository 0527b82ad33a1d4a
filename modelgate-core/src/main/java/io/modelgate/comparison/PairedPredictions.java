package io.modelgate.comparison;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The champion's and the candidate's predictions for the same holdout rows (paired), the true targets, and optional
 * slice keys per row: binary labels with probabilities of class 1, or regression targets with predicted values. The
 * champion is absent for a first model. Arrays are held, not copied; callers must not change them afterwards.
 */
public final class PairedPredictions {
    private final boolean binary;
    private final double[] targets;
    private final double[] champion;
    private final double[] candidate;
    private final Map<String, String[]> slices;

    private PairedPredictions(
            final boolean binary,
            final double[] targets,
            final double[] champion,
            final double[] candidate,
            final Map<String, String[]> slices) {
        if (candidate.length != targets.length || champion != null && champion.length != targets.length) {
            throw new IllegalArgumentException("Predictions must be paired: " + targets.length + " targets, "
                    + (champion == null ? "no" : String.valueOf(champion.length)) + " champion and "
                    + candidate.length + " candidate predictions");
        }
        if (targets.length == 0) {
            throw new IllegalArgumentException("The holdout has no rows");
        }
        this.binary = binary;
        this.targets = targets;
        this.champion = champion;
        this.candidate = candidate;
        this.slices = Collections.unmodifiableMap(new LinkedHashMap<>(slices));
    }

    /**
     * Pairs binary classifiers' probabilities of class 1.
     *
     * @param labels 0 or 1 per row
     * @param champion the champion's probabilities, or null without a champion
     * @param candidate the candidate's probabilities
     * @return the paired predictions
     * @throws IllegalArgumentException when a label is not 0 or 1, or the lengths differ
     */
    public static PairedPredictions binary(final int[] labels, final double[] champion, final double[] candidate) {
        double[] targets = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("Label of row " + (i + 1) + " is " + labels[i] + ", not 0 or 1");
            }
            targets[i] = labels[i];
        }
        return new PairedPredictions(true, targets, champion, candidate, Map.of());
    }

    /**
     * Pairs regression models' predicted values.
     *
     * @param targets the true values
     * @param champion the champion's predictions, or null without a champion
     * @param candidate the candidate's predictions
     * @return the paired predictions
     */
    public static PairedPredictions regression(
            final double[] targets, final double[] champion, final double[] candidate) {
        return new PairedPredictions(false, targets, champion, candidate, Map.of());
    }

    /**
     * Adds a slice column.
     *
     * @param column the column's name
     * @param keys the slice key of each row (null for a missing value)
     * @return these predictions with the slice column
     */
    public PairedPredictions withSlice(final String column, final String[] keys) {
        if (keys.length != targets.length) {
            throw new IllegalArgumentException(
                    "Slice column " + column + " has " + keys.length + " keys for " + targets.length + " rows");
        }
        Map<String, String[]> more = new LinkedHashMap<>(slices);
        more.put(column, keys);
        return new PairedPredictions(binary, targets, champion, candidate, more);
    }

    /**
     * Keeps some rows.
     *
     * @param rows the indices to keep, in order
     * @return the predictions of those rows, without slice columns
     */
    PairedPredictions subset(final int[] rows) {
        double[] t = new double[rows.length];
        double[] a = champion == null ? null : new double[rows.length];
        double[] b = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            t[i] = targets[rows[i]];
            b[i] = candidate[rows[i]];
            if (a != null) {
                a[i] = champion[rows[i]];
            }
        }
        return new PairedPredictions(binary, t, a, b, Map.of());
    }

    /** @return whether these are binary classifiers' probabilities (otherwise regression predictions) */
    public boolean isBinary() {
        return binary;
    }

    /** @return the number of rows */
    public int rows() {
        return targets.length;
    }

    /** @return whether a champion was given */
    public boolean hasChampion() {
        return champion != null;
    }

    double[] targets() {
        return targets;
    }

    Optional<double[]> champion() {
        return Optional.ofNullable(champion);
    }

    double[] candidate() {
        return candidate;
    }

    Map<String, String[]> slices() {
        return slices;
    }
}
