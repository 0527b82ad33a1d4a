package io.modelgate.comparison;

import java.util.SplittableRandom;

/** Seeded synthetic holdouts: a latent signal, labels from it, and two models that see it through different noise. */
final class Holdouts {
    private Holdouts() {}

    /**
     * Makes binary predictions; the champion sees the signal with noise 1, the candidate with the given noise.
     *
     * @param rows rows
     * @param seed seed
     * @param candidateNoise below 1 the candidate ranks better, above 1 worse
     * @return labels in {@code [0]}, champion in {@code [1]}, candidate in {@code [2]}
     */
    static double[][] binary(final int rows, final long seed, final double candidateNoise) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] columns = new double[3][rows];
        for (int i = 0; i < rows; i++) {
            columns[0][i] = random.nextDouble() < 0.4 ? 1 : 0;
            double signal = 1.5 * columns[0][i] - 0.6 + random.nextGaussian();
            columns[1][i] = sigmoid(signal + random.nextGaussian());
            columns[2][i] = sigmoid(signal + candidateNoise * random.nextGaussian());
        }
        return columns;
    }

    static PairedPredictions paired(final double[][] columns) {
        int[] labels = new int[columns[0].length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (int) columns[0][i];
        }
        return PairedPredictions.binary(labels, columns[1], columns[2]);
    }

    /** @return the candidate's probabilities nudged by a little independent noise: no real difference */
    static double[] jitter(final double[] probabilities, final long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] jittered = new double[probabilities.length];
        for (int i = 0; i < jittered.length; i++) {
            double logit = Math.log(probabilities[i] / (1 - probabilities[i]));
            jittered[i] = sigmoid(logit + 0.05 * random.nextGaussian());
        }
        return jittered;
    }

    /** @return probabilities pushed towards 0 and 1: the same ranking, worse calibration */
    static double[] overconfident(final double[] probabilities) {
        double[] sharpened = new double[probabilities.length];
        for (int i = 0; i < sharpened.length; i++) {
            sharpened[i] = sigmoid(4 * Math.log(probabilities[i] / (1 - probabilities[i])));
        }
        return sharpened;
    }

    static double sigmoid(final double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
