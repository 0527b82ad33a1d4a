package io.modelgate.cli;

import io.modelgate.registry.ModelReference;
import io.modelgate.registry.Registry;
import io.modelgate.registry.RegistryLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a model argument into a file: a path stays a path; a reference {@code models:/NAME@ALIAS} or {@code
 * models:/NAME/VERSION} is resolved in the registry ({@code $MODELGATE_REGISTRY}, else the per-user default) to
 * the stored PMML model, checked against its digest. Every command that accepts a model path calls this.
 */
public final class ModelPaths {
    private ModelPaths() {}

    /**
     * Resolves a model argument.
     *
     * @param text a file path or a {@code models:/} reference
     * @return the model's file
     * @throws IOException when a stored file is missing or corrupt
     */
    public static Path resolve(final String text) throws IOException {
        return resolve(text, null);
    }

    /**
     * Names a model argument for a title: a reference as written, a path by its file name.
     *
     * @param text a file path or a {@code models:/} reference
     * @return the label
     */
    public static String label(final String text) {
        return ModelReference.isReference(text)
                ? text
                : String.valueOf(Path.of(text).getFileName());
    }

    /**
     * Resolves a model argument in a given registry.
     *
     * @param text a file path or a {@code models:/} reference
     * @param registry the registry (a JDBC URL or SQLite file), or {@code null} for the environment's
     * @return the model's file
     * @throws IOException when a stored file is missing or corrupt
     */
    public static Path resolve(final String text, final String registry) throws IOException {
        Optional<ModelReference> reference;
        try {
            reference = ModelReference.parse(text);
        } catch (IllegalArgumentException exception) {
            throw new InputException(exception.getMessage());
        }
        if (reference.isEmpty()) {
            return Path.of(text);
        }
        try (Registry opened = Registry.open(RegistryLocation.resolve(registry, System.getenv()))) {
            return opened.resolve(reference.get()).model();
        }
    }
}
