package io.modelgate.packaging;

import io.modelgate.gate.EvidenceRecord;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.List;

/**
 * What a bundle is built from.
 *
 * @param model the PMML file
 * @param name the model's name
 * @param version the model's version
 * @param created when the bundle counts as made (ISO-8601); fixed by the caller so that builds are reproducible
 * @param revision the code revision (git commit), empty when unknown
 * @param owner who owns the model
 * @param purpose what the model is for
 * @param builder the builder id of the provenance (the Jenkins build URL, or a local id)
 * @param evidence the evidence the bundle is built on (validation, reproducibility, comparison, approvals ...)
 * @param key the signing key
 */
public record BundleRequest(
        Path model,
        String name,
        String version,
        String created,
        String revision,
        String owner,
        String purpose,
        String builder,
        List<EvidenceRecord> evidence,
        PrivateKey key) {
    /**
     * Copies the list.
     *
     * @param model file
     * @param name name
     * @param version version
     * @param created time
     * @param revision commit
     * @param owner owner
     * @param purpose purpose
     * @param builder builder id
     * @param evidence evidence
     * @param key key
     */
    public BundleRequest {
        evidence = List.copyOf(evidence);
    }
}
