package io.modelgate.stage;

import java.util.List;
import java.util.Locale;

/** The four gated stages, in order; a stage passes only after the one before it passed. */
public enum Stage {
    /** Is the training data fit to train on, and is the model reproducible? */
    INTEGRATION(List.of("validation")),
    /** Is the candidate better than the champion, and is it a valid, signed package? */
    DELIVERY(List.of("comparison", "bundle")),
    /** Does the package load and answer correctly in the target runtime? */
    DEPLOYMENT(List.of("deployment")),
    /** Did enough authorised people, not the author, approve? */
    RELEASE(List.of("approval"));

    private final List<String> required;

    Stage(final List<String> required) {
        this.required = required;
    }

    /** @return the evidence kinds this stage requires when the policy does not say */
    public List<String> defaultRequired() {
        return required;
    }

    /** @return the stage before this one, or {@code null} for Integration */
    public Stage previous() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    /** @return the lowercase name used on the command line, in the policy and in evidence */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a stage name.
     *
     * @param key e.g. {@code delivery}
     * @return the stage
     * @throws IllegalArgumentException naming the stages when the name is unknown
     */
    public static Stage of(final String key) {
        for (Stage stage : values()) {
            if (stage.key().equalsIgnoreCase(key.strip())) {
                return stage;
            }
        }
        throw new IllegalArgumentException(
                "unknown stage '" + key + "'; the stages are integration, delivery, deployment, release");
    }
}
