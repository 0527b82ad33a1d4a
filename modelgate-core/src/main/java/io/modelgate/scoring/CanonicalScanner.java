package io.modelgate.scoring;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the canonical form of {@link ModelHash} straight from a document's bytes, several times faster than a StAX
 * reader, for the XML that PMML writers produce: UTF-8 with an optional BOM and XML 1.0 declaration, elements with
 * ASCII names, namespaces, attributes, text with the predefined entities and character references, and comments.
 * It checks what it reads (tag nesting, attribute syntax and duplicates, allowed characters, strict UTF-8, declared
 * prefixes), and gives up on anything else — another encoding, a DOCTYPE, CDATA sections, processing instructions,
 * non-ASCII names, markup an XML reader would reject — by throwing {@link #UNSUPPORTED}; {@link ModelHash} then
 * reads the document with the hardened StAX reader, which hashes it or reports the error with its line and column.
 * So it never hashes a document the reader refuses, and never differently ({@code CanonicalScannerTest} compares
 * both on every fixture and on thousands of mutated documents).
 */
final class CanonicalScanner extends XmlCursor {
    /** Thrown where the document leaves the subset this scanner reads; carries no stack trace. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Unsupported() {
            super("outside the fast path's subset of XML", null, false, false);
        }
    }

    /** The one instance: giving up is ordinary control flow here, not an error. */
    static final Unsupported UNSUPPORTED = new Unsupported();

    private static final byte[] END = Tokens.encode('e', "");

    /** Character classes of the bytes -1 (the end) to 255, shifted by one: what the hot loops test in one look-up. */
    private static final byte[] CLASSES = new byte[257];

    /** White space: space, tab, line feed, carriage return. */
    private static final int SPACE = 1;

    /** Printable ASCII that stands for itself in text and attribute values: not {@code & < >}, not a control. */
    private static final int PLAIN = 2;

    static {
        for (int b = 0x20; b < 0x7F; b++) {
            CLASSES[b + 1] = (byte) (b == '&' || b == '<' || b == '>' ? 0 : PLAIN);
        }
        for (char c : new char[] {' ', '\t', '\n', '\r'}) {
            CLASSES[c + 1] |= SPACE;
        }
    }

    private final Tokens tokens;
    private final NamespaceScope scope = new NamespaceScope();
    private final TokenCache elements = new TokenCache('E');
    private final TokenCache attributeNames = new TokenCache('A');
    private final Attributes attributes = new Attributes();
    private final StringBuilder text = new StringBuilder();
    private int[] open = new int[128];
    private int depth;
    private int skipping;
    private boolean inHeader;

    private CanonicalScanner(final byte[] xml, final Tokens tokens) {
        super(xml, 0);
        this.tokens = tokens;
    }

    /**
     * Writes a document's canonical tokens.
     *
     * @param xml the document
     * @param tokens where to write them
     * @return whether the document was within the subset; when not, the tokens written so far are garbage
     */
    static boolean write(final byte[] xml, final Tokens tokens) {
        try {
            new CanonicalScanner(xml, tokens).document();
            return true;
        } catch (Unsupported unsupported) {
            return false;
        }
    }

    private void document() {
        if (end >= 3 && (xml[0] & 0xFF) == 0xEF && (xml[1] & 0xFF) == 0xBB && (xml[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
        if (startsWith("<?xml") && isSpace(at(pos + 5))) {
            pos = new XmlDeclaration(xml, pos + 5).read();
        }
        misc();
        if (at(pos) != '<' || !isNameStart(at(pos + 1))) {
            unsupported();
        }
        startTag();
        while (depth > 0) {
            if (at(pos) != '<') {
                text();
            } else if (at(pos + 1) == '/') {
                endTag();
            } else if (at(pos + 1) == '!') {
                comment();
            } else {
                startTag();
            }
        }
        misc();
        if (pos != end) {
            unsupported();
        }
    }

    private void misc() {
        while (pos < end) {
            int b = xml[pos];
            if (isSpace(b)) {
                pos++;
            } else if (b == '<' && at(pos + 1) == '!') {
                comment();
            } else {
                return;
            }
        }
    }

    private void startTag() {
        int from = ++pos;
        int colon = name();
        int to = pos;
        scope.open();
        attributes.clear();
        boolean empty = attributeList();
        String namespace = colon < 0 ? scope.defaultUri() : prefix(from, colon);
        int local = colon < 0 ? from : colon + 1;
        boolean skip = skipping > 0 || isIgnored(local, to);
        if (skip) {
            skipping++;
            attributes.write(xml, scope, attributeNames, null);
        } else {
            ModelHash.flushText(text, tokens);
            tokens.encoded(elements.token(xml, local, to, namespace));
            attributes.write(xml, scope, attributeNames, tokens);
        }
        if (depth == 1) {
            inHeader = !skip && is(local, to, "Header");
        }
        if (empty) {
            close();
            return;
        }
        if (2 * depth + 2 > open.length) {
            open = Arrays.copyOf(open, open.length * 2);
        }
        open[2 * depth] = from;
        open[2 * depth + 1] = to;
        depth++;
    }

    /** Mirrors {@link ModelHash#isIgnored}: extensions anywhere, and the Header's timestamp and annotations. */
    private boolean isIgnored(final int local, final int to) {
        return is(local, to, "Extension")
                || depth == 2
                        && inHeader
                        && (is(local, to, "Timestamp") || is(local, to, "Application") || is(local, to, "Annotation"));
    }

    /** Reads the attributes up to the end of the start tag; returns whether the element is empty ({@code />}). */
    private boolean attributeList() {
        while (true) {
            int spaces = spaces();
            int b = at(pos);
            if (b == '>') {
                pos++;
                return false;
            }
            if (b == '/' && at(pos + 1) == '>') {
                pos += 2;
                return true;
            }
            if (spaces == 0) {
                unsupported();
            }
            attribute();
        }
    }

    private void attribute() {
        int from = pos;
        int colon = name();
        int to = pos;
        spaces();
        expect('=');
        spaces();
        int quote = at(pos);
        if (quote != '"' && quote != '\'') {
            unsupported();
        }
        int valueFrom = ++pos;
        boolean plain = true;
        int p = pos;
        for (int b; (b = p < end ? xml[p] & 0xFF : -1) != quote; p++) {
            if ((CLASSES[b + 1] & PLAIN) == 0) {
                if (b == '<' || b < 0x20 && !isSpace(b)) {
                    unsupported();
                }
                plain = false;
            }
        }
        pos = p;
        int valueTo = pos++;
        if (is(from, to, "xmlns") || colon >= 0 && is(from, colon, "xmlns")) {
            String uri = plain
                    ? new String(xml, valueFrom, valueTo - valueFrom, StandardCharsets.US_ASCII)
                    : XmlText.decode(xml, valueFrom, valueTo, XmlText.Kind.ATTRIBUTE);
            scope.declare(colon < 0 ? "" : new String(xml, colon + 1, to - colon - 1, StandardCharsets.US_ASCII), uri);
        } else if (colon >= 0 && is(from, colon, "xml")) {
            unsupported();
        } else {
            attributes.add(from, colon, to, valueFrom, valueTo, plain);
        }
    }

    private String prefix(final int from, final int colon) {
        String uri = scope.resolve(new String(xml, from, colon - from, StandardCharsets.US_ASCII));
        if (uri == null) {
            unsupported();
        }
        return uri;
    }

    private void endTag() {
        pos += 2;
        int from = pos;
        name();
        int to = pos;
        spaces();
        expect('>');
        depth--;
        if (!Arrays.equals(xml, from, to, xml, open[2 * depth], open[2 * depth + 1])) {
            unsupported();
        }
        close();
    }

    private void close() {
        scope.close();
        if (skipping > 0) {
            skipping--;
        } else {
            ModelHash.flushText(text, tokens);
            tokens.encoded(END);
        }
    }

    /** Reads character data up to the next tag; white space alone only separates, as the canonical form collapses it. */
    private void text() {
        int from = pos;
        boolean blank = true;
        boolean plain = true;
        int p = pos;
        for (int b; (b = p < end ? xml[p] & 0xFF : -1) != '<'; p++) {
            int type = CLASSES[b + 1];
            if ((type & SPACE) == 0) {
                blank = false;
                if ((type & PLAIN) == 0) {
                    if (b < 0x20 || b == '>' && p - from >= 2 && xml[p - 1] == ']' && xml[p - 2] == ']') {
                        unsupported();
                    }
                    plain &= b != '&' && b < 0x80;
                }
            }
        }
        pos = p;
        if (blank) {
            if (skipping == 0 && text.length() > 0) {
                text.append(' ');
            }
        } else if (plain) {
            if (skipping == 0) {
                text.append(new String(xml, from, pos - from, StandardCharsets.US_ASCII));
            }
        } else {
            String decoded = XmlText.decode(xml, from, pos, XmlText.Kind.TEXT);
            if (skipping == 0) {
                text.append(decoded);
            }
        }
    }

    private static void unsupported() {
        throw UNSUPPORTED;
    }
}
