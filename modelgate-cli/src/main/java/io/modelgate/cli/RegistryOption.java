package io.modelgate.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The registry in which a command's {@code models:/} references are resolved; shared by commands that take models. */
public final class RegistryOption {
    @Option(
            names = "--registry",
            paramLabel = "URL",
            description = "The registry for models:/ references: a JDBC URL or SQLite file (default:"
                    + " $MODELGATE_REGISTRY, else $${XDG_DATA_HOME:-~/.local/share}/modelgate/registry.db).")
    String registry;

    /**
     * Resolves a model argument, see {@link ModelPaths#resolve(String, String)}.
     *
     * @param text a file path or a {@code models:/} reference
     * @return the model's file
     * @throws IOException when a stored file is missing or corrupt
     */
    public Path resolve(final String text) throws IOException {
        return ModelPaths.resolve(text, registry);
    }
}
