package io.modelgate.scoring;

import java.nio.charset.StandardCharsets;

/**
 * Reads an XML declaration for {@link CanonicalScanner}: version 1.0, encoding UTF-8 if any (in any case), standalone
 * yes or no if any, in that order. Any other declaration (another version or encoding, a syntax error) is left to the
 * StAX reader.
 */
final class XmlDeclaration extends XmlCursor {
    /**
     * Prepares to read.
     *
     * @param xml the document
     * @param pos the position just after {@code <?xml}
     */
    XmlDeclaration(final byte[] xml, final int pos) {
        super(xml, pos);
    }

    /**
     * Reads the declaration.
     *
     * @return the position after its {@code ?>}
     * @throws CanonicalScanner.Unsupported when it is not a plain UTF-8, XML 1.0 declaration
     */
    int read() {
        spaces();
        require("1.0".equals(pseudoAttribute("version")));
        int spaces = spaces();
        if (startsWith("encoding")) {
            require(spaces > 0 && "UTF-8".equalsIgnoreCase(pseudoAttribute("encoding")));
            spaces = spaces();
        }
        if (startsWith("standalone")) {
            require(spaces > 0);
            String standalone = pseudoAttribute("standalone");
            require("yes".equals(standalone) || "no".equals(standalone));
            spaces();
        }
        expect('?');
        expect('>');
        return pos;
    }

    /** Reads {@code name = "value"} and returns the value. */
    private String pseudoAttribute(final String name) {
        require(startsWith(name));
        pos += name.length();
        spaces();
        expect('=');
        spaces();
        int quote = at(pos);
        require(quote == '"' || quote == '\'');
        int from = ++pos;
        while (at(pos) != quote) {
            require(at(pos) >= 0x21 && at(pos) <= 0x7E);
            pos++;
        }
        return new String(xml, from, pos++ - from, StandardCharsets.US_ASCII);
    }

    private static void require(final boolean condition) {
        if (!condition) {
            throw CanonicalScanner.UNSUPPORTED;
        }
    }
}
