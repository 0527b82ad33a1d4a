package io.modelgate.stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a release lands: the registry's versions and aliases, seen from the core. The registry module implements it;
 * a move is compare-and-set, so of two releases at once exactly one wins.
 */
public interface AliasMover {
    /**
     * @param model the model
     * @param alias the alias, e.g. {@code champion}
     * @return the version the alias points to, empty when it points nowhere yet
     */
    Optional<String> current(String model, String alias);

    /**
     * @param model the model
     * @param version the version
     * @return the SHA-256 of the version's registered file, empty when the version is not registered
     */
    Optional<String> registered(String model, String version);

    /**
     * Registers a bundle as a version.
     *
     * @param model the model
     * @param version the version
     * @param bundle the bundle file
     * @param actor who registers it
     * @throws IOException when the bundle cannot be read or stored
     */
    void register(String model, String version, Path bundle, String actor) throws IOException;

    /**
     * Moves an alias if it still points where the caller saw it.
     *
     * @param model the model
     * @param alias the alias
     * @param expected the version the alias is expected to point to, or empty for none
     * @param version the new version
     * @param actor who moves it
     * @param reason why, kept with the transition
     * @throws IllegalStateException when another move came first (nothing changed)
     */
    void move(String model, String alias, Optional<String> expected, String version, String actor, String reason);
}
