package io.modelgate.scoring;

/**
 * A position in an XML document's bytes with the lexical steps {@link CanonicalScanner} and {@link XmlDeclaration}
 * share: reading white space, an ASCII qualified name, a comment or an expected character, and comparing bytes with
 * ASCII text. A step that meets something else throws {@link CanonicalScanner#UNSUPPORTED}.
 */
class XmlCursor {
    /** The document. */
    final byte[] xml;

    /** The document's length. */
    final int end;

    /** The position of the next byte to read. */
    int pos;

    XmlCursor(final byte[] xml, final int pos) {
        this.xml = xml;
        this.end = xml.length;
        this.pos = pos;
    }

    /** @return the byte at a position as 0..255, or -1 past the end */
    final int at(final int index) {
        return index < end ? xml[index] & 0xFF : -1;
    }

    /** @return the number of white-space bytes skipped */
    final int spaces() {
        int from = pos;
        while (isSpace(at(pos))) {
            pos++;
        }
        return pos - from;
    }

    /** Reads one expected character. */
    final void expect(final char c) {
        if (at(pos) != c) {
            throw CanonicalScanner.UNSUPPORTED;
        }
        pos++;
    }

    /** Reads an ASCII qualified name ({@code [A-Za-z_][A-Za-z0-9._-]*}, at most one colon); returns the colon, or -1. */
    final int name() {
        if (!isNameStart(at(pos))) {
            throw CanonicalScanner.UNSUPPORTED;
        }
        int colon = -1;
        pos++;
        while (true) {
            int b = at(pos);
            if (isNameStart(b) || b >= '0' && b <= '9' || b == '-' || b == '.') {
                pos++;
            } else if (b == ':' && colon < 0 && isNameStart(at(pos + 1))) {
                colon = pos++;
            } else {
                return colon;
            }
        }
    }

    /** Reads a comment, {@code <!-- ... -->}, checking its characters; anything else starting with {@code <!} is not. */
    final void comment() {
        if (!startsWith("<!--")) {
            throw CanonicalScanner.UNSUPPORTED;
        }
        pos += 4;
        int from = pos;
        boolean plain = true;
        while (!(at(pos) == '-' && at(pos + 1) == '-')) {
            int b = at(pos);
            if (b == -1 || b < 0x20 && !isSpace(b)) {
                throw CanonicalScanner.UNSUPPORTED;
            }
            plain &= b < 0x80;
            pos++;
        }
        if (!plain) {
            XmlText.decode(xml, from, pos, XmlText.Kind.COMMENT);
        }
        pos += 2;
        expect('>');
    }

    /** @return whether the bytes at the position are the ASCII text */
    final boolean startsWith(final String ascii) {
        return is(pos, Math.min(end, pos + ascii.length()), ascii);
    }

    /** @return whether a range of bytes is the ASCII text */
    final boolean is(final int from, final int to, final String ascii) {
        if (to - from != ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (xml[from + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(final int b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    static boolean isNameStart(final int b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_';
    }
}
