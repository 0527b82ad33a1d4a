package io.modelgate.server.model;

import io.modelgate.packaging.ModelBundle;
import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a model source (a PMML file, or a signed bundle whose signature, entries and digests are verified first)
 * into a {@link ServedModel}. The service calls it at start and on every reload, always from one thread at a time; it
 * must either return a complete model or throw, never leave anything half-loaded.
 */
@FunctionalInterface
public interface ModelLoader {
    /**
     * Loads and checks a model.
     *
     * @param source the file to load
     * @return the model, ready to warm up
     * @throws IOException when the file cannot be read
     * @throws RuntimeException (e.g. {@code DataFormatException}) when the file is not a model that can be served
     */
    ServedModel load(Path source) throws IOException;

    /**
     * Loads a PMML file directly, without a bundle: digest {@code model} = the canonical model hash.
     *
     * @param name the served name, or {@code null} for the file name without {@code .pmml}
     * @param version the version, or {@code null} for the first 12 hex digits of the canonical model hash
     * @return the loader
     */
    static ModelLoader pmml(final String name, final String version) {
        return source -> {
            PmmlModel model = PmmlModel.load(source);
            String file = source.getFileName().toString();
            String served = name != null ? name : file.replaceFirst("(?i)\\.pmml$", "");
            String shown = version != null ? version : model.hash().substring(0, 12);
            return new ServedModel(served, shown, Map.of("model", model.hash()), model);
        };
    }

    /**
     * Loads a signed bundle: {@link ModelBundle#open} verifies the signature, the entries and their digests, and the
     * served identity comes from the signed manifest. Digests: {@code model} = the canonical model hash, {@code
     * bundle} = the SHA-256 of the bundle bytes that were verified. A bundle that fails verification throws a
     * {@link io.modelgate.packaging.BundleException} naming the entry, so the service does not start, or a reload
     * is refused and the old model keeps serving.
     *
     * @param key the public key the bundle must be signed with
     * @return the loader
     */
    static ModelLoader bundle(final PublicKey key) {
        Objects.requireNonNull(key, "key");
        return source -> {
            ModelBundle bundle = ModelBundle.open(source, key);
            PmmlModel model = bundle.model();
            Map<String, String> digests = new LinkedHashMap<>();
            digests.put("model", model.hash());
            digests.put("bundle", bundle.sha256());
            String version = bundle.version().isEmpty() ? model.hash().substring(0, 12) : bundle.version();
            return new ServedModel(bundle.name(), version, digests, model);
        };
    }

    /**
     * Picks the loader by the file: a {@code .zip} is a signed bundle, anything else PMML. For a bundle, a given name
     * or version must equal the signed manifest's, since a bundle's identity cannot be overridden.
     *
     * @param source the model source
     * @param name the served name, or {@code null} (PMML: the file name; bundle: the manifest's)
     * @param version the version, or {@code null} (PMML: from the hash; bundle: the manifest's)
     * @param key the public key for a bundle, or {@code null} for PMML
     * @return the loader
     * @throws IllegalArgumentException when the source is a bundle and no key is given
     */
    static ModelLoader forSource(final Path source, final String name, final String version, final PublicKey key) {
        if (!isBundle(source)) {
            return pmml(name, version);
        }
        if (key == null) {
            throw new IllegalArgumentException(
                    source + " is a bundle: give the public key it must be signed with (--public-key)");
        }
        ModelLoader bundle = bundle(key);
        return file -> {
            ServedModel loaded = bundle.load(file);
            if (name != null && !name.equals(loaded.name()) || version != null && !version.equals(loaded.version())) {
                throw new IllegalArgumentException(file + ": the signed manifest names model '" + loaded.name()
                        + "' version '" + loaded.version() + "', not '" + (name == null ? loaded.name() : name)
                        + "' version '" + (version == null ? loaded.version() : version) + "'");
            }
            return loaded;
        };
    }

    /**
     * Tells a bundle from a PMML file.
     *
     * @param source the model source
     * @return whether its name ends with {@code .zip}
     */
    static boolean isBundle(final Path source) {
        return source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }
}
