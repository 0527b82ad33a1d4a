package io.modelgate.statistics;

/**
 * The p-value of the two-sided two-sample Kolmogorov-Smirnov test: the probability, when both samples come from the
 * same continuous distribution, of a statistic D at least as large as the one observed.
 *
 * <p>Like {@code scipy.stats.ks_2samp(method="auto")}: exact when neither sample has more than {@value #EXACT_LIMIT}
 * values; unlike scipy also exact when n*m is at most {@value #EXACT_PRODUCT_LIMIT} (very unbalanced samples, where
 * the asymptotic law is off by tens of percent); asymptotic otherwise. The exact p-value counts monotone lattice paths from (0,0) to (n,m) that leave the
 * band |x/n - y/m| &lt; d (Hodges 1958, "The significance probability of the Smirnov two-sample test"); it propagates
 * path probabilities and adds up the mass that leaves the band, so small p-values keep their relative precision
 * (the idea of Viehmann 2021, arXiv:2102.08037). The asymptotic p-value is Kolmogorov's limiting distribution at
 * t = d (sqrt(e) + 0.12 + 0.11/sqrt(e)) with the effective size e = nm/(n+m) (Stephens' correction, as in Press et
 * al., Numerical Recipes, 3rd ed., 14.3.3); scipy instead evaluates the exact one-sample distribution at round(e), and
 * the two agree to a few percent of the p-value (see KolmogorovSmirnovTest). Assumptions: independent samples,
 * continuous distributions; with ties the test is conservative.
 */
public final class KolmogorovSmirnov {
    /** The largest sample size for which the p-value is computed exactly, as in scipy. */
    public static final int EXACT_LIMIT = 10_000;
    /** Unbalanced samples up to this product n*m are also computed exactly (where the asymptotic law is poor). */
    public static final long EXACT_PRODUCT_LIMIT = 10_000_000L;

    private KolmogorovSmirnov() {}

    /**
     * Returns the p-value, exact or asymptotic as scipy's "auto" would choose.
     *
     * @param d the observed statistic
     * @param n the size of the first sample, at least 1
     * @param m the size of the second sample, at least 1
     * @return the p-value in [0, 1]
     */
    public static double pValue(final double d, final long n, final long m) {
        if (n < 1 || m < 1) {
            throw new IllegalArgumentException("Both samples need at least one value, got " + n + " and " + m);
        }
        if (Math.max(n, m) <= EXACT_LIMIT || n * m <= EXACT_PRODUCT_LIMIT) {
            return exactPValue(d, (int) n, (int) m);
        }
        return asymptoticPValue(d, n, m);
    }

    /**
     * Returns the exact p-value P(D &gt;= d) under the null hypothesis; d is first rounded to the lattice of
     * multiples of 1/lcm(n, m), as scipy does.
     *
     * @param d the observed statistic
     * @param n the size of the first sample
     * @param m the size of the second sample
     * @return the p-value in [0, 1]
     */
    public static double exactPValue(final double d, final int n, final int m) {
        if (m > n) {
            return exactPValue(d, m, n);
        }
        long g = gcd(n, m);
        long stepX = m / g;
        long stepY = n / g;
        long lcm = stepY * m;
        long h = Math.round(d * lcm);
        if (h <= 0) {
            return 1.0;
        }
        // A lattice point (x, y) is outside the band when |x/n - y/m| * lcm = |x*stepX - y*stepY| >= h.
        double[] column = new double[m + 2];
        double[] next = new double[m + 2];
        column[0] = 1.0;
        double outside = 0;
        for (int x = 0; x <= n; x++) {
            int low = (int) Math.max(0, Math.floorDiv(x * stepX - h, stepY) + 1);
            int high = (int) Math.min(m, ceilDiv(x * stepX + h, stepY) - 1);
            for (int y = low; y <= high; y++) {
                double mass = column[y];
                if (mass == 0) {
                    continue;
                }
                double remaining = (double) (n - x) + (m - y);
                if (y < m) {
                    double up = mass * (m - y) / remaining;
                    if (y + 1 <= high) {
                        column[y + 1] += up;
                    } else {
                        outside += up;
                    }
                }
                if (x < n) {
                    double right = mass * (n - x) / remaining;
                    if (Math.abs((x + 1) * stepX - y * stepY) < h) {
                        next[y] += right;
                    } else {
                        outside += right;
                    }
                }
                column[y] = 0;
            }
            double[] swap = column;
            column = next;
            next = swap;
        }
        return Math.min(1.0, outside);
    }

    /**
     * Returns the asymptotic p-value from Kolmogorov's distribution with Stephens' small-sample correction.
     *
     * @param d the observed statistic
     * @param n the size of the first sample
     * @param m the size of the second sample
     * @return the p-value in [0, 1]
     */
    public static double asymptoticPValue(final double d, final long n, final long m) {
        double effective = (double) n * m / ((double) n + m);
        double root = Math.sqrt(effective);
        return kolmogorovSurvival(d * (root + 0.12 + 0.11 / root));
    }

    /**
     * Returns Q(t) = P(K &gt; t) for Kolmogorov's limiting distribution, 2 sum (-1)^(k-1) exp(-2 k^2 t^2); for small t
     * through the complementary Jacobi-theta series of the CDF, which converges fast there.
     *
     * @param t the scaled statistic
     * @return the survival probability in [0, 1]
     */
    public static double kolmogorovSurvival(final double t) {
        if (t <= 0) {
            return 1.0;
        }
        if (t < 1.0) {
            double factor = -Math.PI * Math.PI / (8 * t * t);
            double cdf = 0;
            for (int k = 1; k <= 50; k += 2) {
                cdf += Math.exp(factor * k * k);
            }
            return Math.max(0.0, Math.min(1.0, 1.0 - Math.sqrt(2 * Math.PI) / t * cdf));
        }
        double survival = 0;
        for (int k = 1; k <= 100; k++) {
            double term = Math.exp(-2.0 * k * k * t * t);
            survival += (k % 2 == 1 ? 2 : -2) * term;
            if (term < 1e-300) {
                break;
            }
        }
        return Math.max(0.0, Math.min(1.0, survival));
    }

    private static long gcd(final long a, final long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static long ceilDiv(final long a, final long b) {
        return -Math.floorDiv(-a, b);
    }
}
