package io.modelgate.monitoring;

import java.util.Arrays;

/**
 * The labelled predictions of one time window: per row the true value, the model's score (the positive class's
 * probability, or the predicted number) and, for a classifier, the predicted class as 0 or 1. Grows with the rows
 * joined, which are at most the labels.
 */
final class JoinedWindow {
    private final long start;
    private double[] targets = new double[256];
    private double[] scores = new double[256];
    private int[] predicted = new int[256];
    private int size;

    JoinedWindow(final long start) {
        this.start = start;
    }

    void add(final double target, final double score, final int predictedClass) {
        if (size == targets.length) {
            targets = Arrays.copyOf(targets, size * 2);
            scores = Arrays.copyOf(scores, size * 2);
            predicted = Arrays.copyOf(predicted, size * 2);
        }
        targets[size] = target;
        scores[size] = score;
        predicted[size++] = predictedClass;
    }

    long start() {
        return start;
    }

    int size() {
        return size;
    }

    double[] targets() {
        return Arrays.copyOf(targets, size);
    }

    double[] scores() {
        return Arrays.copyOf(scores, size);
    }

    int[] predicted() {
        return Arrays.copyOf(predicted, size);
    }
}
