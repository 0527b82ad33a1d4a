package io.modelgate.packaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.nio.file.Files;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a signed bundle: the model as given, the manifest, the model card, the provenance statement over their
 * digests and the signature of that statement, written as a deterministic zip — the same request gives the same
 * bytes.
 */
public final class BundleBuilder {
    private BundleBuilder() {}

    /**
     * Builds the bundle's bytes.
     *
     * @param request what to bundle
     * @param model the loaded model (for its interface and canonical hash)
     * @param publicKey the signing key's public half, whose id the signature names
     * @return the zip's bytes
     * @throws IOException when the model cannot be read
     */
    public static byte[] build(final BundleRequest request, final PmmlModel model, final PublicKey publicKey)
            throws IOException {
        byte[] pmml = Files.readAllBytes(request.model());
        ObjectNode manifest = Manifest.of(request, model, pmml);
        byte[] card = ModelCard.markdown(manifest);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(BundleLayout.MODEL, pmml);
        entries.put(BundleLayout.MANIFEST, Json.bytes(manifest));
        entries.put(BundleLayout.CARD_MARKDOWN, card);
        entries.put(BundleLayout.CARD_HTML, ModelCard.html(card));
        byte[] statement = Json.bytes(Provenance.of(request, entries));
        entries.put(BundleLayout.PROVENANCE, statement);
        entries.put(BundleLayout.SIGNATURE, Signatures.sign(statement, request.key(), publicKey));
        return DeterministicZip.write(entries);
    }
}
