package io.modelgate.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/** Signs the provenance statement's bytes with Ed25519 and checks such a signature; {@code signature.json} holds it. */
final class Signatures {
    private static final String ALGORITHM = "Ed25519";

    private Signatures() {}

    static byte[] sign(final byte[] statement, final PrivateKey key, final PublicKey publicKey) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(statement);
            ObjectNode json = Json.object();
            json.put("algorithm", ALGORITHM);
            json.put("keyId", Keys.id(publicKey));
            json.put("signed", BundleLayout.PROVENANCE);
            json.put("signature", Base64.getEncoder().encodeToString(signer.sign()));
            return Json.bytes(json);
        } catch (GeneralSecurityException exception) {
            throw new IllegalStateException("cannot sign with Ed25519: " + exception.getMessage(), exception);
        }
    }

    static boolean verify(final byte[] statement, final JsonNode signature, final PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(statement);
            return verifier.verify(
                    Base64.getDecoder().decode(signature.path("signature").asText()));
        } catch (GeneralSecurityException | IllegalArgumentException exception) {
            return false;
        }
    }
}
