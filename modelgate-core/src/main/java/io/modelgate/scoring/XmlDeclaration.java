package io.modelgate.scoring;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * Reads an XML declaration for {@link CanonicalScanner}: version 1.0, encoding UTF-8 if any (in any case), standalone
 * yes or no if any, in that order. Any other declaration (another version or encoding, a syntax error) is left to the
 * StAX reader.
 */
final class XmlDeclaration {
    private final byte[] xml;
    private int pos;

    /**
     * Prepares to read.
     *
     * @param xml the document
     * @param pos the position just after {@code <?xml}
     */
    XmlDeclaration(final byte[] xml, final int pos) {
        this.xml = xml;
        this.pos = pos;
    }

    /** @return the position after the declaration's {@code ?>}, or empty when the declaration is not a plain one */
    OptionalInt read() {
        spaces();
        if (!"1.0".equals(pseudoAttribute("version"))) {
            return OptionalInt.empty();
        }
        int spaces = spaces();
        if (startsWith("encoding")) {
            String encoding = pseudoAttribute("encoding");
            if (spaces == 0 || !"UTF-8".equalsIgnoreCase(encoding)) {
                return OptionalInt.empty();
            }
            spaces = spaces();
        }
        if (startsWith("standalone")) {
            String standalone = pseudoAttribute("standalone");
            if (spaces == 0 || !"yes".equals(standalone) && !"no".equals(standalone)) {
                return OptionalInt.empty();
            }
            spaces();
        }
        return startsWith("?>") ? OptionalInt.of(pos + 2) : OptionalInt.empty();
    }

    /** Reads {@code name = "value"}; returns the value, or {@code null} when the syntax is wrong. */
    private String pseudoAttribute(final String name) {
        if (!startsWith(name)) {
            return null;
        }
        pos += name.length();
        spaces();
        if (at(pos) != '=') {
            return null;
        }
        pos++;
        spaces();
        int quote = at(pos);
        if (quote != '"' && quote != '\'') {
            return null;
        }
        int from = ++pos;
        while (at(pos) != quote) {
            if (at(pos) < 0x21 || at(pos) > 0x7E) {
                return null;
            }
            pos++;
        }
        return new String(xml, from, pos++ - from, StandardCharsets.US_ASCII);
    }

    private int spaces() {
        int from = pos;
        for (int b = at(pos); b == ' ' || b == '\t' || b == '\n' || b == '\r'; b = at(pos)) {
            pos++;
        }
        return pos - from;
    }

    private boolean startsWith(final String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (at(pos + i) != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int at(final int index) {
        return index < xml.length ? xml[index] & 0xFF : -1;
    }
}
