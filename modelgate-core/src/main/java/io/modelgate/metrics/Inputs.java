package io.modelgate.metrics;

/** Checks the shape of metric inputs, so that a wrong call fails with a message instead of a wrong number. */
final class Inputs {
    private Inputs() {}

    static void sameLength(final int actual, final int predicted) {
        if (actual != predicted) {
            throw new IllegalArgumentException(
                    "Actual and predicted values differ in length: " + actual + " and " + predicted);
        }
        if (actual == 0) {
            throw new IllegalArgumentException("Metrics need at least one example");
        }
    }

    static void labels(final int[] labels, final int classes) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException(
                        "Label " + labels[i] + " at index " + i + " is not a class index in [0, " + classes + ")");
            }
        }
    }

    static int classes(final double[][] probabilities) {
        int classes = probabilities[0].length;
        if (classes < 2) {
            throw new IllegalArgumentException("Probabilities need at least two classes, got " + classes);
        }
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i].length != classes) {
                throw new IllegalArgumentException(
                        "Probability row " + i + " has " + probabilities[i].length + " classes, row 0 has " + classes);
            }
        }
        return classes;
    }
}
