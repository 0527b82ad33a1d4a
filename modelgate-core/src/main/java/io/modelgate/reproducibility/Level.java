package io.modelgate.reproducibility;

import java.util.Locale;

/** How closely a rebuilt model matches the model under test, from the strictest to none. */
public enum Level {
    /** The canonical model hashes are equal: the same model, whatever the header timestamp or formatting. */
    IDENTICAL,
    /** The structure differs, but every prediction on the probe data is equal within the tolerance. */
    EQUIVALENT,
    /** The models differ in structure and in predictions (or no probe data was given to show otherwise). */
    DIFFERENT;

    /**
     * Tells whether this level satisfies a required one.
     *
     * @param required the level the policy requires
     * @return whether this level is at least as strict
     */
    public boolean meets(final Level required) {
        return ordinal() <= required.ordinal();
    }

    /** @return the lowercase name used in flags, policies and JSON */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a level from its key, case-insensitively.
     *
     * @param key {@code identical}, {@code equivalent} or {@code different}
     * @return the level
     * @throws IllegalArgumentException naming the allowed values when the key is unknown
     */
    public static Level of(final String key) {
        for (Level level : values()) {
            if (level.key().equalsIgnoreCase(key.strip())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level '" + key + "'; use identical, equivalent or different");
    }
}
