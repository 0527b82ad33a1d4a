package io.modelgate.monitoring;

import java.nio.charset.StandardCharsets;

/**
 * A strict JSON reader (RFC 8259) over the UTF-8 bytes of one line, for {@link LogLineParser}: it walks objects
 * member by member, compares keys as bytes, and turns into strings only the scalar values asked for (numbers as
 * written, {@code true}/{@code false} as text, null as {@code null}). Malformed input throws {@link Malformed}, a
 * stackless exception, so a corrupt line costs little.
 */
final class JsonBytes {
    private byte[] bytes;
    private int position;
    private int end;
    private int keyStart;
    private int keyLength;
    private boolean keyEscaped;
    private boolean firstMember;
    private boolean number;

    void reset(final byte[] buffer, final int start, final int stop) {
        bytes = buffer;
        position = start;
        end = stop;
    }

    int position() {
        return position;
    }

    /** Reads an opening brace or bracket. */
    void open(final char bracket) {
        skipSpace();
        if (position >= end || bytes[position] != bracket) {
            throw new Malformed("expected '" + bracket + "'");
        }
        position++;
        firstMember = true;
    }

    boolean isNext(final char c) {
        skipSpace();
        return position < end && bytes[position] == c;
    }

    /** Moves to the next member of the current object: true with its key read, false after the closing brace. */
    boolean nextMember() {
        skipSpace();
        if (position < end && bytes[position] == '}') {
            position++;
            firstMember = false;
            return false;
        }
        if (!firstMember) {
            expect(',');
            skipSpace();
        }
        firstMember = false;
        if (position >= end || bytes[position] != '"') {
            throw new Malformed("expected a member name");
        }
        keyStart = position + 1;
        keyEscaped = skipString();
        keyLength = position - 1 - keyStart;
        skipSpace();
        expect(':');
        return true;
    }

    int keyStart() {
        return keyStart;
    }

    int keyLength() {
        return keyLength;
    }

    boolean keyIs(final byte[] name, final int start, final int length) {
        if (keyEscaped || name.length != length) {
            return keyEscaped && key().equals(new String(name, StandardCharsets.UTF_8));
        }
        for (int i = 0; i < length; i++) {
            if (bytes[start + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    String key() {
        return decode(keyStart, keyStart + keyLength, keyEscaped);
    }

    /** Checks that only white space follows the value read. */
    void end() {
        skipSpace();
        if (position != end) {
            throw new Malformed("content after the JSON object");
        }
    }

    /** Reads a string value, or skips any other value and returns null. */
    String stringOrNull() {
        skipSpace();
        if (position < end && bytes[position] == '"') {
            return scalarOrNull();
        }
        skipValue(64);
        return null;
    }

    /** Reads a scalar as text (null for JSON null); skips an object or array and returns null. */
    String scalarOrNull() {
        return scalarOrNull(false);
    }

    /**
     * Reads a scalar as text, like {@link #scalarOrNull()}; a number with a fraction, no exponent and more than 15
     * significant digits (a double printed in full) may be cut to its first 15, which changes it by less than 1e-15
     * of its value and lets {@link Double#parseDouble(String)} take its exact fast path.
     *
     * @param shorten whether to cut such a number
     * @return the text, or null
     */
    String scalarOrNull(final boolean shorten) {
        skipSpace();
        number = false;
        if (position >= end) {
            throw new Malformed("expected a value");
        }
        byte c = bytes[position];
        if (c == '"') {
            int start = position + 1;
            boolean escaped = skipString();
            return decode(start, position - 1, escaped);
        }
        if (c == '{' || c == '[') {
            skipValue(64);
            return null;
        }
        if (c == 't' || c == 'f' || c == 'n') {
            String literal = literal();
            return "null".equals(literal) ? null : literal;
        }
        int start = position;
        skipNumber();
        number = true;
        int stop = shorten ? shortened(start, position) : position;
        return new String(bytes, start, stop - start, StandardCharsets.ISO_8859_1);
    }

    /** Where a plain decimal's 15th significant digit ends, or its end when it has no more digits or an exponent. */
    private int shortened(final int start, final int stop) {
        int significant = 0;
        boolean fraction = false;
        for (int i = start; i < stop; i++) {
            byte c = bytes[i];
            if (c == 'e' || c == 'E') {
                return stop;
            }
            if (c == '.') {
                fraction = true;
            } else if (c >= '0' && c <= '9' && (significant > 0 || c != '0') && ++significant == 15 && fraction) {
                return i + 1;
            }
        }
        return stop;
    }

    /** @return whether the last scalar read was a number */
    boolean wasNumber() {
        return number;
    }

    /** Skips one value of any kind, nested at most {@code depth} deep. */
    void skipValue(final int depth) {
        if (depth == 0) {
            throw new Malformed("nested too deep");
        }
        skipSpace();
        if (position >= end) {
            throw new Malformed("expected a value");
        }
        byte c = bytes[position];
        if (c == '{') {
            open('{');
            while (nextMember()) {
                skipValue(depth - 1);
            }
        } else if (c == '[') {
            position++;
            skipSpace();
            if (position < end && bytes[position] == ']') {
                position++;
                return;
            }
            do {
                skipValue(depth - 1);
                skipSpace();
            } while (position < end && bytes[position] == ',' && ++position > 0);
            expect(']');
        } else if (c == '"') {
            skipString();
        } else if (c == 't' || c == 'f' || c == 'n') {
            literal();
        } else {
            skipNumber();
        }
    }

    private String literal() {
        for (String literal : new String[] {"true", "false", "null"}) {
            if (matches(literal)) {
                position += literal.length();
                return literal;
            }
        }
        throw new Malformed("expected true, false or null");
    }

    private boolean matches(final String literal) {
        if (end - position < literal.length()) {
            return false;
        }
        for (int i = 0; i < literal.length(); i++) {
            if (bytes[position + i] != literal.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void skipNumber() {
        if (position < end && bytes[position] == '-') {
            position++;
        }
        if (position < end && bytes[position] == '0') {
            position++;
        } else if (!digits()) {
            throw new Malformed("expected a value");
        }
        if (position < end && bytes[position] == '.') {
            position++;
            if (!digits()) {
                throw new Malformed("expected digits after the decimal point");
            }
        }
        if (position < end && (bytes[position] == 'e' || bytes[position] == 'E')) {
            position++;
            if (position < end && (bytes[position] == '+' || bytes[position] == '-')) {
                position++;
            }
            if (!digits()) {
                throw new Malformed("expected digits in the exponent");
            }
        }
    }

    private boolean digits() {
        int start = position;
        while (position < end && bytes[position] >= '0' && bytes[position] <= '9') {
            position++;
        }
        return position > start;
    }

    /** Skips a string from its opening quote; returns whether it holds escapes or non-ASCII bytes. */
    private boolean skipString() {
        position++;
        boolean special = false;
        while (position < end) {
            byte c = bytes[position++];
            if (c == '"') {
                return special;
            }
            if (c == '\\') {
                special = true;
                escape();
            } else if (c < 0) {
                special = true;
            } else if (c < 0x20) {
                throw new Malformed("control character in a string");
            }
        }
        throw new Malformed("unterminated string");
    }

    private void escape() {
        if (position >= end) {
            throw new Malformed("unterminated string");
        }
        byte c = bytes[position++];
        if (c == 'u') {
            for (int i = 0; i < 4; i++) {
                if (position >= end || Character.digit(bytes[position++], 16) < 0) {
                    throw new Malformed("bad \\u escape");
                }
            }
        } else if ("\"\\/bfnrt".indexOf(c) < 0) {
            throw new Malformed("bad escape");
        }
    }

    private String decode(final int start, final int stop, final boolean special) {
        if (!special) {
            return new String(bytes, start, stop - start, StandardCharsets.ISO_8859_1);
        }
        String raw = new String(bytes, start, stop - start, StandardCharsets.UTF_8);
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escaped = raw.charAt(++i);
            switch (escaped) {
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    text.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> text.append(escaped);
            }
        }
        return text.toString();
    }

    private void expect(final char c) {
        if (position >= end || bytes[position] != c) {
            throw new Malformed("expected '" + c + "'");
        }
        position++;
    }

    private void skipSpace() {
        while (position < end) {
            byte c = bytes[position];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            position++;
        }
    }

    /** A malformed line; stackless, since corrupt lines are expected and counted. */
    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(final String message) {
            super(message, null, false, false);
        }
    }
}
