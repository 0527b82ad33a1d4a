package io.modelgate.stage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Locale;

/**
 * The policy's {@code reproducibility:} section as written in {@code modelgate.yaml}: the rules {@code modelgate
 * reproduce --policy} applies to a rebuild; a key left out keeps the command's default.
 *
 * @param require {@code identical} or {@code equivalent}
 * @param tolerance the largest output difference still equivalent
 * @param runs how many rebuilds
 * @param timeout the time limit of one rebuild, e.g. {@code 30m}
 */
public record ReproducibilitySection(
        @JsonPropertyDescription("The level every rebuild must reach: identical (same canonical hash) or equivalent"
                + " (same predictions on the probe data within the tolerance).")
        @JsonProperty(defaultValue = "equivalent")
        String require,

        @JsonPropertyDescription("Largest difference of any output on the probe data that is still equivalent.")
        @JsonProperty(defaultValue = "1e-6")
        Double tolerance,

        @JsonPropertyDescription("How many rebuilds to run.") @JsonProperty(defaultValue = "1")
        Integer runs,

        @JsonPropertyDescription("Time limit of one rebuild, e.g. 90s, 10m, 1h.") @JsonProperty(defaultValue = "30m")
        String timeout) {
    /** No section: every key at the command's default. */
    public static final ReproducibilitySection NONE = new ReproducibilitySection(null, null, null, null);

    /**
     * Checks the values that are given.
     *
     * @param require identical or equivalent
     * @param tolerance at least 0
     * @param runs at least 1
     * @param timeout a duration
     */
    public ReproducibilitySection {
        if (require != null) {
            require = require.toLowerCase(Locale.ROOT);
            if (!require.equals("identical") && !require.equals("equivalent")) {
                throw new IllegalArgumentException(
                        "reproducibility.require must be identical or equivalent, not '" + require + "'");
            }
        }
        if (tolerance != null && !(tolerance >= 0)) {
            throw new IllegalArgumentException("reproducibility.tolerance must be at least 0, not " + tolerance);
        }
        if (runs != null && runs < 1) {
            throw new IllegalArgumentException("reproducibility.runs must be at least 1, not " + runs);
        }
    }
}
