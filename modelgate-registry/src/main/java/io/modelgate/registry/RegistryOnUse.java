package io.modelgate.registry;

import io.modelgate.stage.AliasMover;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the registry the first time a release needs it, so that a release whose gates fail neither connects to it
 * nor, for a SQLite file that does not exist yet, creates it.
 */
public final class RegistryOnUse implements AliasMover, AutoCloseable {
    /** Opens the registry. */
    @FunctionalInterface
    public interface Opener {
        /**
         * @return the opened registry
         * @throws IOException when it cannot be opened
         */
        Registry open() throws IOException;
    }

    private final Opener opener;
    private Registry registry;
    private AliasMover mover;

    /**
     * Creates the mover; nothing is opened yet.
     *
     * @param opener opens the registry, at most once
     */
    public RegistryOnUse(final Opener opener) {
        this.opener = opener;
    }

    private AliasMover mover() {
        if (mover == null) {
            try {
                registry = opener.open();
            } catch (IOException exception) {
                throw new UncheckedIOException(exception); // the mover's contract has no IOException for reads
            }
            mover = new RegistryAliasMover(registry);
        }
        return mover;
    }

    @Override
    public Optional<String> current(final String model, final String alias) {
        return mover().current(model, alias);
    }

    @Override
    public Optional<String> registered(final String model, final String version) {
        return mover().registered(model, version);
    }

    @Override
    public void register(final String model, final String version, final Path bundle, final String actor)
            throws IOException {
        mover().register(model, version, bundle, actor);
    }

    @Override
    public void move(
            final String model,
            final String alias,
            final Optional<String> expected,
            final String version,
            final String actor,
            final String reason) {
        mover().move(model, alias, expected, version, actor, reason);
    }

    @Override
    public void close() {
        if (registry != null) {
            registry.close();
        }
    }
}
