package io.modelgate.scoring;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the UTF-8 bytes of one XML text run, attribute value or comment the way an XML 1.0 reader reports it: strict
 * UTF-8, the five predefined entities and character references resolved, and in attribute values every literal tab,
 * line feed, carriage return or CR-LF pair replaced by one space (attribute-value normalisation for CDATA
 * attributes). Whatever a conforming reader would reject (malformed UTF-8, a character XML does not allow, an
 * undeclared entity) ends the {@linkplain CanonicalScanner fast path}.
 */
final class XmlText {
    /** How a run of bytes is read. */
    enum Kind {
        /** Element content: references resolved, line ends kept. */
        TEXT,
        /** An attribute value: references resolved, literal white space normalised. */
        ATTRIBUTE,
        /** A comment: only checked, nothing resolved. */
        COMMENT
    }

    private XmlText() {}

    /**
     * Decodes a run.
     *
     * @param xml the document
     * @param from the first byte
     * @param to one past the last byte
     * @param kind how to read it
     * @return the characters as a reader reports them
     * @throws CanonicalScanner.Unsupported when a reader would reject the run
     */
    static String decode(final byte[] xml, final int from, final int to, final Kind kind) {
        String raw = utf8(xml, from, to);
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == 0xFFFE || c == 0xFFFF) {
                throw CanonicalScanner.UNSUPPORTED;
            }
            if (c == '&' && kind != Kind.COMMENT) {
                int semicolon = raw.indexOf(';', i);
                if (semicolon < 0) {
                    throw CanonicalScanner.UNSUPPORTED;
                }
                out.append(reference(raw.substring(i + 1, semicolon)));
                i = semicolon;
            } else if (kind == Kind.ATTRIBUTE && (c == '\t' || c == '\n' || c == '\r')) {
                out.append(' ');
                if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String utf8(final byte[] xml, final int from, final int to) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(xml, from, to - from))
                    .toString();
        } catch (CharacterCodingException exception) {
            throw CanonicalScanner.UNSUPPORTED;
        }
    }

    private static String reference(final String name) {
        switch (name) {
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "amp":
                return "&";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            default:
                return character(name);
        }
    }

    private static String character(final String name) {
        boolean hex = name.startsWith("#x");
        String digits = hex ? name.substring(2) : name.startsWith("#") ? name.substring(1) : "";
        if (digits.isEmpty() || digits.length() > 7) {
            throw CanonicalScanner.UNSUPPORTED;
        }
        int code = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), hex ? 16 : 10);
            if (digit < 0 || digits.charAt(i) > 'f') {
                throw CanonicalScanner.UNSUPPORTED;
            }
            code = code * (hex ? 16 : 10) + digit;
        }
        if (!isXmlCharacter(code)) {
            throw CanonicalScanner.UNSUPPORTED;
        }
        return new String(Character.toChars(code));
    }

    /**
     * Tells whether XML 1.0 allows a character (production {@code Char}).
     *
     * @param code the code point
     * @return whether it is allowed
     */
    static boolean isXmlCharacter(final int code) {
        return code == 0x9
                || code == 0xA
                || code == 0xD
                || code >= 0x20 && code <= 0xD7FF
                || code >= 0xE000 && code <= 0xFFFD
                || code >= 0x10000 && code <= 0x10FFFF;
    }
}
