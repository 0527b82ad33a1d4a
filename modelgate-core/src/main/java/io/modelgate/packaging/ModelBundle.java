package io.modelgate.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelgate.report.Digests;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.scoring.Prediction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Map;

/**
 * A verified bundle, opened for scoring inside an application (embedded scoring): the signature and every digest
 * are checked before the model is loaded, so an application never scores with a changed model. The file is read once:
 * the bytes verified are the bytes the model is loaded from and the bytes {@link #sha256()} hashes, so a file swapped
 * during the opening cannot pass. Thread-safe.
 */
public final class ModelBundle {
    private final JsonNode manifest;
    private final PmmlModel model;
    private final String sha256;

    private ModelBundle(final JsonNode manifest, final PmmlModel model, final String sha256) {
        this.manifest = manifest;
        this.model = model;
        this.sha256 = sha256;
    }

    /**
     * Verifies and opens a bundle.
     *
     * @param bundle the bundle file
     * @param key the public key it must be signed with
     * @return the opened bundle
     * @throws BundleException when the bundle cannot be trusted (the message names the entry)
     * @throws IOException when it cannot be read or its model does not load
     */
    public static ModelBundle open(final Path bundle, final PublicKey key) throws IOException {
        byte[] zip = Files.readAllBytes(bundle);
        Map<String, byte[]> entries = BundleVerifier.verify(zip, bundle.toString(), key);
        PmmlModel model = PmmlModel.load(entries.get(BundleLayout.MODEL), bundle + "!/" + BundleLayout.MODEL);
        return new ModelBundle(Json.MAPPER.readTree(entries.get(BundleLayout.MANIFEST)), model, Digests.sha256(zip));
    }

    /** @return the manifest: name, version, interface, metrics, data fingerprints, evidence digests */
    public JsonNode manifest() {
        return manifest;
    }

    /** @return the model's name */
    public String name() {
        return manifest.path("name").asText();
    }

    /** @return the model's version */
    public String version() {
        return manifest.path("version").asText();
    }

    /** @return the SHA-256 of the bundle's bytes that were verified, its identity in evidence */
    public String sha256() {
        return sha256;
    }

    /** @return the verified model */
    public PmmlModel model() {
        return model;
    }

    /**
     * Scores one record.
     *
     * @param record the input values by field name (strings, numbers, or {@code null} when missing)
     * @return the prediction
     * @throws IllegalArgumentException when a value is invalid for its field
     */
    public Prediction score(final Map<String, ?> record) {
        return model.score(record);
    }
}
