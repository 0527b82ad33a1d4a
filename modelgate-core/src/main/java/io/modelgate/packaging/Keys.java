package io.modelgate.packaging;

import io.modelgate.report.Digests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys with the JDK's own EdDSA: generation, PEM files (PKCS#8 {@code PRIVATE KEY}, X.509
 * {@code PUBLIC KEY}) and the key id, the SHA-256 of the public key's encoding. The private key file is written
 * readable by its owner only.
 */
public final class Keys {
    private static final String ALGORITHM = "Ed25519";

    private Keys() {}

    /** @return a new key pair */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException exception) {
            throw new IllegalStateException("the JDK lacks Ed25519", exception);
        }
    }

    /**
     * Writes a key pair as {@code modelgate.key} (0600) and {@code modelgate.pub} in a folder.
     *
     * @param pair the keys
     * @param folder where to
     * @throws IOException when a file cannot be written or already exists
     */
    public static void write(final KeyPair pair, final Path folder) throws IOException {
        Files.createDirectories(folder);
        Path privateFile = folder.resolve("modelgate.key");
        Files.createFile(
                privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(
                folder.resolve("modelgate.pub"),
                pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    /**
     * Reads a private key.
     *
     * @param file a PEM file with a PKCS#8 Ed25519 key
     * @return the key
     * @throws IOException when it cannot be read or is not such a key (the message names the file)
     */
    public static PrivateKey readPrivate(final Path file) throws IOException {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(file, "PRIVATE KEY")));
        } catch (GeneralSecurityException exception) {
            throw new IOException(file + ": not an Ed25519 private key (" + exception.getMessage() + ")", exception);
        }
    }

    /**
     * Reads a public key.
     *
     * @param file a PEM file with an X.509 Ed25519 key
     * @return the key
     * @throws IOException when it cannot be read or is not such a key (the message names the file)
     */
    public static PublicKey readPublic(final Path file) throws IOException {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der(file, "PUBLIC KEY")));
        } catch (GeneralSecurityException exception) {
            throw new IOException(file + ": not an Ed25519 public key (" + exception.getMessage() + ")", exception);
        }
    }

    /**
     * Returns a public key's id.
     *
     * @param key the key
     * @return the SHA-256 of its X.509 encoding, hex
     */
    public static String id(final PublicKey key) {
        return Digests.sha256(key.getEncoded());
    }

    private static String pem(final String type, final byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(final Path file, final String type) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        int begin = text.indexOf("-----BEGIN " + type + "-----");
        int end = text.indexOf("-----END " + type + "-----");
        if (begin < 0 || end < begin) {
            throw new IOException(file + ": no PEM block '" + type + "'");
        }
        String body = text.substring(begin + ("-----BEGIN " + type + "-----").length(), end);
        try {
            return Base64.getMimeDecoder().decode(body);
        } catch (IllegalArgumentException exception) {
            throw new IOException(file + ": the PEM block '" + type + "' is not valid base64", exception);
        }
    }
}
