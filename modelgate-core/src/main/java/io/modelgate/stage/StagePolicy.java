package io.modelgate.stage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * The gates of one stage.
 *
 * @param require the evidence kinds the stage requires
 * @param acceptWarnings whether evidence with status WARNING lets the stage pass (marked unstable)
 */
public record StagePolicy(
        @JsonPropertyDescription("Evidence kinds the stage requires, e.g. [validation, reproducibility].")
        @JsonProperty(
                defaultValue = "integration: [validation]; delivery: [comparison, bundle];"
                        + " deployment: [deployment]; release: [approval]")
        List<String> require,

        @JsonPropertyDescription("Whether WARNING evidence lets the stage pass (the run is then unstable).")
        @JsonProperty(defaultValue = "true")
        Boolean acceptWarnings) {
    /**
     * Normalises the lists.
     *
     * @param require kinds, {@code null} for the stage's default
     * @param acceptWarnings {@code null} for true
     */
    public StagePolicy {
        require = require == null ? null : List.copyOf(require);
        acceptWarnings = acceptWarnings == null ? Boolean.TRUE : acceptWarnings;
    }

    /**
     * Returns the kinds required, the stage's default when the policy names none.
     *
     * @param stage the stage
     * @return the kinds
     */
    public List<String> required(final Stage stage) {
        return require == null ? stage.defaultRequired() : require;
    }
}
