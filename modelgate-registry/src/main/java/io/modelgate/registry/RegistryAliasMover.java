package io.modelgate.registry;

import io.modelgate.stage.AliasMover;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The registry as the place a release lands: versions by bundle digest, aliases moved compare-and-set. */
public final class RegistryAliasMover implements AliasMover {
    private final Registry registry;

    /** @param registry the open registry; the caller closes it */
    public RegistryAliasMover(final Registry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<String> current(final String model, final String alias) {
        if (!registry.models().contains(model)) {
            return Optional.empty();
        }
        return Optional.ofNullable(registry.aliases(model).get(alias));
    }

    @Override
    public Optional<String> registered(final String model, final String version) {
        if (!registry.models().contains(model)) {
            return Optional.empty();
        }
        return registry.version(model, version).map(ModelVersion::bundleSha256);
    }

    @Override
    public void register(final String model, final String version, final Path bundle, final String actor)
            throws IOException {
        registry.register(new Registration(model, version, bundle, null, actor, Map.of("registeredBy", "release")));
    }

    @Override
    public void move(
            final String model,
            final String alias,
            final Optional<String> expected,
            final String version,
            final String actor,
            final String reason) {
        try {
            registry.moveAlias(new AliasMove(model, alias, expected.orElse(AliasMove.NONE), version, actor, reason));
        } catch (ConflictException conflict) {
            throw new IllegalStateException(conflict.getMessage(), conflict);
        }
    }
}
