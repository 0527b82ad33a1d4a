package io.modelgate.registry;

import java.util.Objects;

/**
 * A request to point an alias at a version: compare-and-set against the version the mover expects.
 *
 * @param model the model
 * @param alias the alias, e.g. {@code champion}
 * @param expected the version the alias must point to now, {@link #NONE} when it must not exist yet, or {@code
 *     null} to move it from wherever it is
 * @param version the version to point it at
 * @param actor who moves it
 * @param reason why
 */
public record AliasMove(String model, String alias, String expected, String version, String actor, String reason) {
    /** The expected version of an alias that does not exist yet. */
    public static final String NONE = "none";

    /**
     * Checks the request.
     *
     * @param model the model
     * @param alias the alias
     * @param expected expected version, {@link #NONE} or {@code null}
     * @param version target version
     * @param actor who
     * @param reason why
     */
    public AliasMove {
        Names.check("model", model);
        Names.check("alias", alias);
        Names.check("version", version);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("say who moves " + model + "@" + alias + " (--by)");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("say why " + model + "@" + alias + " moves (--reason)");
        }
    }
}
