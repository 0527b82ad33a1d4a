package io.modelgate.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 signatures of audit entries with the JDK's own EdDSA, and the PEM key files they use: PKCS#8 {@code PRIVATE
 * KEY} and X.509 {@code PUBLIC KEY}, the format {@code modelgate keygen} writes. The signature covers the same bytes
 * as the entry's hash.
 */
public final class AuditSignatures {
    private static final String ALGORITHM = "Ed25519";

    private AuditSignatures() {}

    /**
     * Reads a private key.
     *
     * @param pem a PEM file with a PKCS#8 Ed25519 key
     * @return the key
     * @throws IOException when the file cannot be read or holds no Ed25519 private key
     */
    public static PrivateKey readPrivateKey(final Path pem) throws IOException {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(decode(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException exception) {
            throw new IOException(pem + ": not an Ed25519 private key (PEM, PKCS#8)", exception);
        }
    }

    /**
     * Reads a public key.
     *
     * @param pem a PEM file with an X.509 Ed25519 public key
     * @return the key
     * @throws IOException when the file cannot be read or holds no Ed25519 public key
     */
    public static PublicKey readPublicKey(final Path pem) throws IOException {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(decode(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException exception) {
            throw new IOException(pem + ": not an Ed25519 public key (PEM, X.509)", exception);
        }
    }

    static String sign(final PrivateKey key, final byte[] content) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(content);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException exception) {
            throw new IllegalArgumentException("cannot sign an audit entry with this key: " + exception.getMessage());
        }
    }

    static boolean isValid(final PublicKey key, final byte[] content, final String base64) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(content);
            return signature.verify(Base64.getDecoder().decode(base64));
        } catch (GeneralSecurityException | IllegalArgumentException exception) {
            return false;
        }
    }

    private static byte[] decode(final Path pem) throws IOException {
        String body = Files.readString(pem, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
