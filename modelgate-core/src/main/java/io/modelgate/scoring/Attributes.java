package io.modelgate.scoring;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The attributes of the start tag {@link CanonicalScanner} is reading, as slices of the document: resolved against
 * the namespaces in scope, decoded when they hold references or non-ASCII bytes, sorted by namespace and local name
 * like {@link ModelHash} sorts them, and checked for duplicates, which XML forbids.
 */
final class Attributes {
    private int count;
    private int[] names = new int[24];
    private byte[][] keys = new byte[8][];
    private byte[][] values = new byte[8][];
    private int[] bounds = new int[16];

    /** Forgets the previous tag's attributes. */
    void clear() {
        count = 0;
    }

    /**
     * Adds an attribute that is not a namespace declaration.
     *
     * @param nameFrom the first byte of its qualified name
     * @param colon the position of the colon in the name, or -1
     * @param nameTo one past the name
     * @param valueFrom the first byte of its value, inside the quotes
     * @param valueTo one past the value
     * @param plain whether the value's bytes are its characters (ASCII, no reference, no tab or line end)
     */
    void add(
            final int nameFrom,
            final int colon,
            final int nameTo,
            final int valueFrom,
            final int valueTo,
            final boolean plain) {
        if (count == keys.length) {
            names = Arrays.copyOf(names, names.length * 2);
            keys = Arrays.copyOf(keys, keys.length * 2);
            values = Arrays.copyOf(values, values.length * 2);
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        names[3 * count] = nameFrom;
        names[3 * count + 1] = colon;
        names[3 * count + 2] = nameTo;
        bounds[2 * count] = valueFrom;
        bounds[2 * count + 1] = valueTo;
        values[count] = plain ? null : new byte[0];
        count++;
    }

    /**
     * Resolves, decodes, sorts and checks the attributes, then writes them as tokens.
     *
     * @param xml the document
     * @param scope the namespaces in scope, including the tag's own declarations
     * @param cache the cache of attribute name tokens
     * @param tokens where to write them, or {@code null} inside a skipped element (checked, not written)
     */
    void write(final byte[] xml, final NamespaceScope scope, final TokenCache cache, final Tokens tokens) {
        for (int i = 0; i < count; i++) {
            int colon = names[3 * i + 1];
            String namespace = "";
            if (colon >= 0) {
                namespace =
                        scope.resolve(new String(xml, names[3 * i], colon - names[3 * i], StandardCharsets.US_ASCII));
                if (namespace == null) {
                    throw CanonicalScanner.UNSUPPORTED;
                }
            }
            keys[i] = cache.token(xml, colon >= 0 ? colon + 1 : names[3 * i], names[3 * i + 2], namespace);
            if (values[i] != null) {
                values[i] = XmlText.decode(xml, bounds[2 * i], bounds[2 * i + 1], XmlText.Kind.ATTRIBUTE)
                        .getBytes(StandardCharsets.UTF_8);
            }
        }
        sort();
        if (tokens == null) {
            return;
        }
        for (int i = 0; i < count; i++) {
            tokens.encoded(keys[i]);
            if (values[i] == null) {
                tokens.token('V', xml, bounds[2 * i], bounds[2 * i + 1]);
            } else {
                tokens.token('V', values[i], 0, values[i].length);
            }
        }
    }

    /** Insertion sort by the name token after its five header bytes: few attributes per tag, mostly in order. */
    private void sort() {
        for (int i = 1; i < count; i++) {
            for (int j = i; j > 0; j--) {
                int order = Arrays.compareUnsigned(keys[j - 1], 5, keys[j - 1].length, keys[j], 5, keys[j].length);
                if (order == 0) {
                    throw CanonicalScanner.UNSUPPORTED;
                }
                if (order < 0) {
                    break;
                }
                swap(j - 1, j);
            }
        }
    }

    private void swap(final int a, final int b) {
        byte[] key = keys[a];
        keys[a] = keys[b];
        keys[b] = key;
        byte[] value = values[a];
        values[a] = values[b];
        values[b] = value;
        for (int k = 0; k < 2; k++) {
            int bound = bounds[2 * a + k];
            bounds[2 * a + k] = bounds[2 * b + k];
            bounds[2 * b + k] = bound;
        }
    }
}
