package io.modelgate.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The one place that computes SHA-256 digests of bytes and files, as 64 lowercase hex digits. */
public final class Digests {
    private Digests() {}

    /**
     * Hashes bytes.
     *
     * @param bytes the bytes
     * @return their SHA-256, 64 lowercase hex digits
     */
    public static String sha256(final byte[] bytes) {
        return HexFormat.of().formatHex(newSha256().digest(bytes));
    }

    /**
     * Hashes a file's bytes, streaming.
     *
     * @param file the file
     * @return its SHA-256, 64 lowercase hex digits
     * @throws IOException when it cannot be read
     */
    public static String sha256(final Path file) throws IOException {
        MessageDigest digest = newSha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return a new SHA-256 digest, for callers that hash a sequence of parts */
    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException("The JDK has no SHA-256", exception);
        }
    }
}
