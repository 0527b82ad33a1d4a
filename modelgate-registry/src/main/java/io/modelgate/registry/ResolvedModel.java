package io.modelgate.registry;

import java.nio.file.Path;

/**
 * A reference resolved to stored files, both checked against their digests.
 *
 * @param reference the reference
 * @param version the version it names
 * @param file the registered file (bundle or PMML)
 * @param model the PMML model: the file itself, or the bundle's {@code model.pmml}
 */
public record ResolvedModel(ModelReference reference, ModelVersion version, Path file, Path model) {}
