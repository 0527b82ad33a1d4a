package io.modelgate.jenkins.steps;

import hudson.AbortException;
import io.modelgate.registry.Registry;
import io.modelgate.registry.RegistryException;
import io.modelgate.registry.RegistryLocation;
import io.modelgate.stage.Policy;
import java.nio.file.Path;

/**
 * Opens the registry a release or rollback works on: the step's {@code registry} parameter, else the policy's {@code
 * registry} key, else {@code $MODELGATE_REGISTRY} or the per-user SQLite file of the agent's user. A SQLite file given
 * by a relative path is relative to the workspace.
 */
final class Registries {
    private Registries() {}

    /**
     * Opens a registry.
     *
     * @param workspace the workspace
     * @param parameter the step's {@code registry} parameter, or {@code null}
     * @param policy the policy, or {@code null} when there is none
     * @return the open registry; close it
     * @throws AbortException when the database does not answer or its schema cannot be brought up to date
     */
    static Registry open(final Path workspace, final String parameter, final Policy policy) throws AbortException {
        String chosen = parameter != null ? parameter : policy == null ? "" : policy.registry();
        RegistryLocation location = chosen.isEmpty()
                ? RegistryLocation.resolve(null, System.getenv())
                : RegistryLocation.resolve(
                        chosen.startsWith("jdbc:")
                                ? chosen
                                : workspace.resolve(chosen).toString(),
                        System.getenv());
        try {
            return Registry.open(location);
        } catch (RegistryException failure) {
            throw new AbortException("registry " + location.display() + ": " + failure.getMessage());
        }
    }
}
