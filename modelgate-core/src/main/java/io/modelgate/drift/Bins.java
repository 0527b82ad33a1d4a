package io.modelgate.drift;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts of both datasets over one set of bins, and how far each bin's share may be off because it was read
 * from quantile sketches ({@code allowance}, 0 when the counts are exact).
 */
record Bins(List<String> labels, double[] reference, double[] current, double allowance) {
    double referenceTotal() {
        return sum(reference);
    }

    double currentTotal() {
        return sum(current);
    }

    double[] referenceShares() {
        return shares(reference);
    }

    double[] currentShares() {
        return shares(current);
    }

    int nonEmpty() {
        int count = 0;
        for (int i = 0; i < reference.length; i++) {
            if (reference[i] + current[i] > 0) {
                count++;
            }
        }
        return count;
    }

    /**
     * Moves the two rows of counts towards each other so that each bin's share difference shrinks by the allowance,
     * keeping pooled counts and totals: a chi-square test on the result cannot reject because of sketch error.
     */
    double[][] conservativeCounts() {
        double n = referenceTotal();
        double m = currentTotal();
        double[] first = reference.clone();
        double[] second = current.clone();
        if (allowance > 0) {
            for (int i = 0; i < first.length; i++) {
                double pooled = (reference[i] + current[i]) / (n + m);
                double difference = reference[i] / n - current[i] / m;
                double shrunk = Math.signum(difference) * Math.max(0, Math.abs(difference) - allowance);
                first[i] = n * (pooled + m / (n + m) * shrunk);
                second[i] = m * (pooled - n / (n + m) * shrunk);
            }
        }
        return new double[][] {first, second};
    }

    Histogram histogram() {
        return new Histogram(labels, boxed(referenceShares()), boxed(currentShares()));
    }

    private double[] shares(final double[] counts) {
        double total = sum(counts);
        double[] shares = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            shares[i] = counts[i] / total;
        }
        return shares;
    }

    private static List<Double> boxed(final double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(value);
        }
        return list;
    }

    private static double sum(final double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
