package io.modelgate.drift;

import java.util.Locale;

/**
 * A measure of how far a feature's current distribution is from its reference distribution (the effect size), with
 * its default threshold and the sample-size aware test that goes with it. Names follow Evidently, whose defaults
 * these match where Evidently has an effect-size threshold.
 */
public enum DriftMethod {
    /** Population stability index on reference-quantile bins or categories. */
    PSI(
            "psi",
            "psi",
            0.1,
            false,
            "sum (r_i - c_i) ln(r_i / c_i) over bins; empty bins get share 0.0001",
            "chosen per column only"),
    /** Kolmogorov-Smirnov statistic, the largest gap between the two empirical CDFs. */
    KS(
            "ks",
            "ks",
            0.1,
            true,
            "D = max_x |F_ref(x) - F_cur(x)|",
            "numeric, more than 5 distinct values, reference of at most 1000 rows"),
    /** Cramér's V of the chi-square test of homogeneity over bins or categories. */
    CHI_SQUARE(
            "chi-square",
            "chisquare",
            0.1,
            false,
            "V = sqrt(X^2 / (n + m)) on the 2 x k table of counts",
            "categorical, or numeric with at most 5 distinct values, reference of at most 1000 rows"),
    /** Jensen-Shannon distance (square root of the divergence, natural logarithm). */
    JENSEN_SHANNON(
            "jensen-shannon",
            "jensenshannon",
            0.1,
            false,
            "sqrt((KL(r||a) + KL(c||a)) / 2), a = (r + c) / 2, natural log; range [0, 0.833]",
            "categorical, or numeric with at most 5 distinct values, reference of more than 1000 rows"),
    /** First Wasserstein distance divided by the reference standard deviation. */
    WASSERSTEIN(
            "wasserstein",
            "wasserstein",
            0.1,
            true,
            "integral |F_ref(x) - F_cur(x)| dx / max(std_ref, 0.001), std with divisor n",
            "numeric, more than 5 distinct values, reference of more than 1000 rows");

    private final String label;
    private final String evidentlyName;
    private final double defaultThreshold;
    private final boolean continuous;
    private final String formula;
    private final String chosenFor;

    DriftMethod(
            final String label,
            final String evidentlyName,
            final double defaultThreshold,
            final boolean continuous,
            final String formula,
            final String chosenFor) {
        this.label = label;
        this.evidentlyName = evidentlyName;
        this.defaultThreshold = defaultThreshold;
        this.continuous = continuous;
        this.formula = formula;
        this.chosenFor = chosenFor;
    }

    /**
     * Parses a method name: ModelGate's label, Evidently's name or the constant's name, in any case.
     *
     * @param name e.g. {@code psi}, {@code jensenshannon}, {@code JENSEN_SHANNON}
     * @return the method
     * @throws IllegalArgumentException for an unknown name
     */
    public static DriftMethod parse(final String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (DriftMethod method : values()) {
            if (method.label.equals(key)
                    || method.evidentlyName.equals(key)
                    || method.name().equalsIgnoreCase(key)) {
                return method;
            }
        }
        throw new IllegalArgumentException(
                "Unknown drift method '" + name + "': expected psi, ks, chi-square, jensen-shannon or wasserstein");
    }

    /** @return the name in reports and policy files */
    public String label() {
        return label;
    }

    /** @return Evidently's name of the same method ({@code stattest} argument) */
    public String evidentlyName() {
        return evidentlyName;
    }

    /** @return the effect size at or above which a feature counts as drifted */
    public double defaultThreshold() {
        return defaultThreshold;
    }

    /** @return whether the method compares CDFs of numbers (then the test is KS), rather than bin shares */
    public boolean isContinuous() {
        return continuous;
    }

    /** @return the test whose p-value goes with this method: {@code ks} or {@code chi-square} */
    public String test() {
        return continuous ? "ks" : "chi-square";
    }

    /** @return the formula, for the documentation */
    public String formula() {
        return formula;
    }

    /** @return when the automatic choice picks this method, for the documentation */
    public String chosenFor() {
        return chosenFor;
    }
}
