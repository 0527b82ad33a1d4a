package io.modelgate.scoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;

/**
 * The canonical form's token stream as {@link ModelHash} feeds it to SHA-256: each token is a tag byte, the length of
 * its UTF-8 bytes as four big-endian bytes, then the bytes. Buffered, so the digest sees large blocks, and with the
 * element tokens cached, since a model repeats a few element names millions of times.
 */
final class Tokens {
    private static final int FLUSH_AT = 1 << 16;

    private final MessageDigest digest;
    private final Map<String, Map<String, byte[]>> elements = new HashMap<>();
    private byte[] buffer = new byte[FLUSH_AT + 1024];
    private int size;

    Tokens(final MessageDigest digest) {
        this.digest = digest;
    }

    void element(final String namespace, final String localName) {
        byte[] encoded = elements.computeIfAbsent(namespace == null ? "null" : namespace, key -> new HashMap<>())
                .computeIfAbsent(localName, key -> encode('E', String.valueOf(namespace) + "|" + key));
        append(encoded, encoded.length);
    }

    void token(final char tag, final String value) {
        byte[] encoded = encode(tag, value);
        append(encoded, encoded.length);
    }

    /**
     * Adds a token already encoded, e.g. from a {@link TokenCache}.
     *
     * @param encoded tag, length and bytes
     */
    void encoded(final byte[] encoded) {
        append(encoded, encoded.length);
    }

    /**
     * Adds a token whose UTF-8 bytes are a slice of the document.
     *
     * @param tag the tag
     * @param bytes the document
     * @param from the first byte
     * @param to one past the last byte
     */
    void token(final char tag, final byte[] bytes, final int from, final int to) {
        int length = to - from;
        if (size + 5 + length > buffer.length) {
            digest.update(buffer, 0, size);
            size = 0;
        }
        buffer[size] = (byte) tag;
        buffer[size + 1] = (byte) (length >>> 24);
        buffer[size + 2] = (byte) (length >>> 16);
        buffer[size + 3] = (byte) (length >>> 8);
        buffer[size + 4] = (byte) length;
        size += 5;
        if (size + length > buffer.length) {
            digest.update(buffer, 0, size);
            digest.update(bytes, from, length);
            size = 0;
            return;
        }
        System.arraycopy(bytes, from, buffer, size, length);
        size += length;
        if (size >= FLUSH_AT) {
            digest.update(buffer, 0, size);
            size = 0;
        }
    }

    byte[] digest() {
        digest.update(buffer, 0, size);
        size = 0;
        return digest.digest();
    }

    /**
     * Encodes one token.
     *
     * @param tag the tag
     * @param value the value
     * @return tag, length of the UTF-8 bytes (four bytes, big-endian), the bytes
     */
    static byte[] encode(final char tag, final String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        byte[] token = new byte[bytes.length + 5];
        token[0] = (byte) tag;
        token[1] = (byte) (bytes.length >>> 24);
        token[2] = (byte) (bytes.length >>> 16);
        token[3] = (byte) (bytes.length >>> 8);
        token[4] = (byte) bytes.length;
        System.arraycopy(bytes, 0, token, 5, bytes.length);
        return token;
    }

    private void append(final byte[] bytes, final int length) {
        if (size + length > buffer.length) {
            digest.update(buffer, 0, size);
            size = 0;
            if (length > buffer.length) {
                digest.update(bytes, 0, length);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, size, length);
        size += length;
        if (size >= FLUSH_AT) {
            digest.update(buffer, 0, size);
            size = 0;
        }
    }
}
