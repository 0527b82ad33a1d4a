package io.modelgate.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Real PMML models from the core's scikit-learn fixtures, and bundles made of them, for registry tests. */
final class Models {
    static final Path FIXTURES =
            Path.of("../modelgate-core/src/test/resources/fixtures/scoring/SklearnEquivalenceTest");

    /** Four different models, to register as versions 1 to 4. */
    static final List<Path> PMML = List.of(
            FIXTURES.resolve("CreditTree.pmml"),
            FIXTURES.resolve("CreditLogistic.pmml"),
            FIXTURES.resolve("CreditBoosting.pmml"),
            FIXTURES.resolve("CreditXgboost.pmml"));

    private Models() {}

    /** Registers versions 1 to count of a model, as alice. */
    static void register(final Registry registry, final String model, final int count) throws IOException {
        for (int i = 0; i < count; i++) {
            registry.register(new Registration(model, String.valueOf(i + 1), PMML.get(i), null, "alice", Map.of()));
        }
    }

    /** Writes a bundle: a zip with model.pmml and a manifest. */
    static Path bundle(final Path folder, final Path pmml) throws IOException {
        Path bundle = folder.resolve("bundle.zip");
        try (OutputStream file = Files.newOutputStream(bundle);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("model.pmml"));
            Files.copy(pmml, zip);
        }
        return bundle;
    }
}
