package io.modelgate.registry;

import java.util.Map;

/**
 * One registered version of a model.
 *
 * @param model the model's name
 * @param version the version string
 * @param fileName the name of the file registered (a bundle or a PMML model)
 * @param bundleSha256 SHA-256 of the file's bytes: the key of the stored blob
 * @param modelSha256 the canonical model hash of its PMML, empty when the file holds no PMML model
 * @param metadata free facts (labels, the file's size), sorted by key
 * @param evidence SHA-256 of each evidence file registered with it, by file name
 * @param createdBy who registered it
 * @param createdAt when (ISO-8601, UTC)
 */
public record ModelVersion(
        String model,
        String version,
        String fileName,
        String bundleSha256,
        String modelSha256,
        Map<String, String> metadata,
        Map<String, String> evidence,
        String createdBy,
        String createdAt) {
    /**
     * Copies the maps.
     *
     * @param model name
     * @param version version
     * @param fileName file name
     * @param bundleSha256 file digest
     * @param modelSha256 canonical model hash or empty
     * @param metadata facts
     * @param evidence evidence digests
     * @param createdBy who
     * @param createdAt when
     */
    public ModelVersion {
        metadata = Map.copyOf(metadata);
        evidence = Map.copyOf(evidence);
    }

    /** @return the reference {@code models:/NAME/VERSION} */
    public String reference() {
        return ModelReference.PREFIX + model + "/" + version;
    }
}
