package io.modelgate.scoring;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The encoded name tokens of {@link Tokens} ({@code namespace|localName} after a tag and a length), cached by the
 * name's bytes and the namespace, because a model repeats a few element and attribute names millions of times. An
 * open-addressing table, so a hit allocates nothing.
 */
final class TokenCache {
    private final char tag;
    private byte[][] names = new byte[256][];
    private String[] namespaces = new String[256];
    private byte[][] tokens = new byte[256][];
    private int size;

    /**
     * Creates a cache.
     *
     * @param tag the token's tag, {@code E} for elements and {@code A} for attribute names
     */
    TokenCache(final char tag) {
        this.tag = tag;
    }

    /**
     * Returns the token of an ASCII local name in a namespace.
     *
     * @param xml the bytes holding the name
     * @param from the name's first byte
     * @param to one past its last byte
     * @param namespace the namespace URI as the StAX reader reports it ({@code null} for none)
     * @return the encoded token: tag, length, then {@code namespace|localName} in UTF-8
     */
    byte[] token(final byte[] xml, final int from, final int to, final String namespace) {
        int mask = names.length - 1;
        int slot = (hash(xml, from, to) + Objects.hashCode(namespace)) & mask;
        while (names[slot] != null) {
            if (Objects.equals(namespaces[slot], namespace)
                    && Arrays.equals(names[slot], 0, names[slot].length, xml, from, to)) {
                return tokens[slot];
            }
            slot = (slot + 1) & mask;
        }
        byte[] token =
                Tokens.encode(tag, namespace + "|" + new String(xml, from, to - from, StandardCharsets.US_ASCII));
        names[slot] = Arrays.copyOfRange(xml, from, to);
        namespaces[slot] = namespace;
        tokens[slot] = token;
        if (++size * 2 > names.length) {
            grow();
        }
        return token;
    }

    private static int hash(final byte[] xml, final int from, final int to) {
        int hash = 1;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + xml[i];
        }
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        byte[][] oldNames = names;
        String[] oldNamespaces = namespaces;
        byte[][] oldTokens = tokens;
        names = new byte[oldNames.length * 2][];
        namespaces = new String[oldNames.length * 2];
        tokens = new byte[oldNames.length * 2][];
        int mask = names.length - 1;
        for (int i = 0; i < oldNames.length; i++) {
            if (oldNames[i] != null) {
                int slot = (hash(oldNames[i], 0, oldNames[i].length) + Objects.hashCode(oldNamespaces[i])) & mask;
                while (names[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                names[slot] = oldNames[i];
                namespaces[slot] = oldNamespaces[i];
                tokens[slot] = oldTokens[i];
            }
        }
    }
}
