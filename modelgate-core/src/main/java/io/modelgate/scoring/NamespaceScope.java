package io.modelgate.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The namespace declarations in scope while {@link CanonicalScanner} reads a document: a stack of (prefix, URI)
 * bindings, the empty prefix standing for the default namespace, with one mark per open element. Declarations that
 * XML Namespaces 1.0 forbids (the reserved prefixes and URIs, an empty URI for a prefix, a prefix declared twice on
 * one element) end the fast path, so that the reader reports them; so do non-ASCII URIs, whose UTF-8 byte order
 * could differ from the order of their UTF-16 strings.
 */
final class NamespaceScope {
    private static final String XML_URI = "http://www.w3.org/XML/1998/namespace";
    private static final String XMLNS_URI = "http://www.w3.org/2000/xmlns/";

    private final List<String> prefixes = new ArrayList<>();
    private final List<String> uris = new ArrayList<>();
    private int[] marks = new int[64];
    private int depth;
    private String defaultUri;

    /** Opens the scope of an element, before its declarations are added. */
    void open() {
        if (depth == marks.length) {
            marks = java.util.Arrays.copyOf(marks, depth * 2);
        }
        marks[depth++] = prefixes.size();
    }

    /**
     * Declares a prefix on the element opened last.
     *
     * @param prefix the prefix, empty for the default namespace
     * @param uri the namespace URI, empty to undeclare the default namespace
     */
    void declare(final String prefix, final String uri) {
        if ("xml".equals(prefix)
                || "xmlns".equals(prefix)
                || XML_URI.equals(uri)
                || XMLNS_URI.equals(uri)
                || !prefix.isEmpty() && uri.isEmpty()
                || !uri.chars().allMatch(c -> c < 0x80)) {
            throw CanonicalScanner.UNSUPPORTED;
        }
        for (int i = marks[depth - 1]; i < prefixes.size(); i++) {
            if (prefixes.get(i).equals(prefix)) {
                throw CanonicalScanner.UNSUPPORTED;
            }
        }
        prefixes.add(prefix);
        uris.add(uri);
        if (prefix.isEmpty()) {
            defaultUri = uri.isEmpty() ? null : uri;
        }
    }

    /** Closes the scope of the element opened last. */
    void close() {
        int mark = marks[--depth];
        boolean defaultChanged = false;
        while (prefixes.size() > mark) {
            defaultChanged |= prefixes.remove(prefixes.size() - 1).isEmpty();
            uris.remove(uris.size() - 1);
        }
        if (defaultChanged) {
            String uri = resolve("");
            defaultUri = uri == null || uri.isEmpty() ? null : uri;
        }
    }

    /** @return the default namespace, or {@code null} when there is none (as a StAX reader reports it) */
    String defaultUri() {
        return defaultUri;
    }

    /**
     * Resolves a prefix.
     *
     * @param prefix the prefix
     * @return its URI, or {@code null} when it is not declared
     */
    String resolve(final String prefix) {
        for (int i = prefixes.size() - 1; i >= 0; i--) {
            if (prefixes.get(i).equals(prefix)) {
                return uris.get(i);
            }
        }
        return null;
    }
}
