package io.modelgate.report;

/** Chooses round axis maxima for charts: the next value of the form 1, 2, 2.5 or 5 times a power of ten. */
final class Scale {
    private static final double[] STEPS = {1, 2, 2.5, 5, 10};

    private Scale() {}

    /**
     * Returns the smallest round number at least as large as a maximum.
     *
     * @param maximum the largest value to show
     * @return a round upper bound, 1 when the maximum is not positive
     */
    static double niceMaximum(final double maximum) {
        if (!(maximum > 0) || Double.isInfinite(maximum)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(maximum)));
        for (double step : STEPS) {
            if (step * power >= maximum * (1 - 1e-12)) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
