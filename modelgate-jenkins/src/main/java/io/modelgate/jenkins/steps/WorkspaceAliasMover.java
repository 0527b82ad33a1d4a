package io.modelgate.jenkins.steps;

import io.modelgate.stage.AliasMover;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The registry as a release on an agent sees it: the bundle evidence names the bundle relative to the workspace,
 * while the agent's working directory is elsewhere, so the bundle to register is resolved against the workspace.
 */
final class WorkspaceAliasMover implements AliasMover {
    private final AliasMover registry;
    private final Path workspace;

    WorkspaceAliasMover(final AliasMover registry, final Path workspace) {
        this.registry = registry;
        this.workspace = workspace;
    }

    @Override
    public Optional<String> current(final String model, final String alias) {
        return registry.current(model, alias);
    }

    @Override
    public Optional<String> registered(final String model, final String version) {
        return registry.registered(model, version);
    }

    @Override
    public void register(final String model, final String version, final Path bundle, final String actor)
            throws IOException {
        registry.register(model, version, workspace.resolve(bundle), actor);
    }

    @Override
    public void move(
            final String model,
            final String alias,
            final Optional<String> expected,
            final String version,
            final String actor,
            final String reason) {
        registry.move(model, alias, expected, version, actor, reason);
    }
}
