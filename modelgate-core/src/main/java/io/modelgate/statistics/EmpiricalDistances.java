package io.modelgate.statistics;

/**
 * Distances between two empirical distributions, computed exactly on their (weighted) samples by one merge pass
 * over the sorted values: the Kolmogorov-Smirnov statistic and the first Wasserstein distance.
 */
public final class EmpiricalDistances {
    private EmpiricalDistances() {}

    /**
     * Returns the two-sample Kolmogorov-Smirnov statistic D = sup_x |F_a(x) - F_b(x)| (two-sided), as
     * {@code scipy.stats.ks_2samp} computes it; ties are handled by evaluating both CDFs after each distinct value.
     *
     * @param a the first sample, not empty
     * @param b the second sample, not empty
     * @return D in [0, 1]
     */
    public static double kolmogorovSmirnov(final WeightedSample a, final WeightedSample b) {
        return walk(a, b, false);
    }

    /**
     * Returns the first Wasserstein (earth mover's) distance W1 = integral of |F_a(x) - F_b(x)| dx, the same quantity
     * as {@code scipy.stats.wasserstein_distance} with unit weights. It has the unit of the values.
     *
     * @param a the first sample, not empty
     * @param b the second sample, not empty
     * @return W1, at least 0
     */
    public static double wasserstein(final WeightedSample a, final WeightedSample b) {
        return walk(a, b, true);
    }

    private static double walk(final WeightedSample a, final WeightedSample b, final boolean integrate) {
        if (a.total() == 0 || b.total() == 0) {
            throw new IllegalArgumentException("Both samples need at least one value");
        }
        double totalA = a.total();
        double totalB = b.total();
        int i = 0;
        int j = 0;
        double cdfA = 0;
        double cdfB = 0;
        double result = 0;
        double previous = 0;
        boolean started = false;
        while (i < a.size() || j < b.size()) {
            double x = j >= b.size() || i < a.size() && a.values()[i] <= b.values()[j] ? a.values()[i] : b.values()[j];
            if (integrate && started) {
                result += Math.abs(cdfA - cdfB) * (x - previous);
            }
            if (i < a.size() && a.values()[i] == x) {
                cdfA = a.cumulative()[i++] / totalA;
            }
            if (j < b.size() && b.values()[j] == x) {
                cdfB = b.cumulative()[j++] / totalB;
            }
            if (!integrate) {
                result = Math.max(result, Math.abs(cdfA - cdfB));
            }
            previous = x;
            started = true;
        }
        return result;
    }
}
