package io.modelgate.drift;

import io.modelgate.statistics.MultipleTesting;
import java.util.Locale;

/** How the p-values of all features of a dataset are adjusted before each is compared with alpha. */
public enum Correction {
    /** Benjamini-Hochberg: controls the expected share of false alarms among the drifted features (default). */
    BENJAMINI_HOCHBERG("benjamini-hochberg"),
    /** Bonferroni: controls the chance of any false alarm; stricter with many features. */
    BONFERRONI("bonferroni");

    private final String label;

    Correction(final String label) {
        this.label = label;
    }

    /**
     * Parses a correction name.
     *
     * @param name {@code benjamini-hochberg} (or {@code bh}) or {@code bonferroni}
     * @return the correction
     */
    public static Correction parse(final String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "benjamini-hochberg", "bh", "fdr", "benjamini_hochberg" -> BENJAMINI_HOCHBERG;
            case "bonferroni" -> BONFERRONI;
            default ->
                throw new IllegalArgumentException(
                        "Unknown correction '" + name + "': expected benjamini-hochberg or bonferroni");
        };
    }

    /** @return the name in reports and policy files */
    public String label() {
        return label;
    }

    /**
     * Adjusts p-values.
     *
     * @param pValues the raw p-values of the features
     * @return the adjusted p-values, same order
     */
    public double[] adjust(final double[] pValues) {
        return this == BONFERRONI ? MultipleTesting.bonferroni(pValues) : MultipleTesting.benjaminiHochberg(pValues);
    }
}
