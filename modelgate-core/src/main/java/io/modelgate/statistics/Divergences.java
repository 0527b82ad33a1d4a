package io.modelgate.statistics;

/**
 * Divergences between two discrete distributions given as shares over the same bins: the population stability index
 * and the Jensen-Shannon distance, with Evidently's conventions so that numbers match what users know.
 */
public final class Divergences {
    /** The share put into an empty bin before PSI takes logarithms (Evidently's default). */
    public static final double EMPTY_BIN_SHARE = 0.0001;

    private Divergences() {}

    /**
     * Returns the population stability index PSI = sum_i (r_i - c_i) ln(r_i / c_i), Evidently's formula. Empty bins
     * are smoothed per side as Evidently's {@code get_binned_data(feel_zeroes=True)} does: a zero share becomes
     * {@value #EMPTY_BIN_SHARE}, or the smallest non-zero share divided by 10^6 when that share is itself at most
     * {@value #EMPTY_BIN_SHARE}; shares are not renormalised. Under no drift PSI is about (1/n + 1/m) chi-square(B-1).
     *
     * @param reference the reference shares per bin, summing to 1
     * @param current the current shares per bin, summing to 1
     * @return PSI, at least 0
     */
    public static double populationStabilityIndex(final double[] reference, final double[] current) {
        requireSameBins(reference, current);
        double[] r = smoothed(reference);
        double[] c = smoothed(current);
        double psi = 0;
        for (int i = 0; i < r.length; i++) {
            psi += (r[i] - c[i]) * Math.log(r[i] / c[i]);
        }
        return psi;
    }

    /**
     * Returns the Jensen-Shannon <em>distance</em> with natural logarithms, sqrt((KL(p||m) + KL(q||m)) / 2) with m the
     * average of p and q, as {@code scipy.spatial.distance.jensenshannon(p, q)} with its default base (what Evidently
     * reports). Both inputs are normalised to sum 1; no smoothing is needed. Range [0, sqrt(ln 2)] = [0, 0.8326].
     *
     * @param p the first shares (or counts)
     * @param q the second shares (or counts), same bins
     * @return the distance
     */
    public static double jensenShannonDistance(final double[] p, final double[] q) {
        requireSameBins(p, q);
        double sumP = sum(p);
        double sumQ = sum(q);
        double divergence = 0;
        for (int i = 0; i < p.length; i++) {
            double a = p[i] / sumP;
            double b = q[i] / sumQ;
            double mean = (a + b) / 2;
            if (a > 0) {
                divergence += a * Math.log(a / mean);
            }
            if (b > 0) {
                divergence += b * Math.log(b / mean);
            }
        }
        return Math.sqrt(Math.max(0.0, divergence / 2));
    }

    private static double[] smoothed(final double[] shares) {
        double smallest = Double.POSITIVE_INFINITY;
        for (double share : shares) {
            if (share > 0) {
                smallest = Math.min(smallest, share);
            }
        }
        double fill = smallest <= EMPTY_BIN_SHARE ? smallest / 1e6 : EMPTY_BIN_SHARE;
        double[] result = shares.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] == 0) {
                result[i] = fill;
            }
        }
        return result;
    }

    private static double sum(final double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("A distribution needs a positive total");
        }
        return total;
    }

    private static void requireSameBins(final double[] a, final double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException(
                    "Both distributions need the same non-empty bins, got " + a.length + " and " + b.length);
        }
    }
}
