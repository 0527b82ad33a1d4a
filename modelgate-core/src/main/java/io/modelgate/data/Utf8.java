package io.modelgate.data;

/** Validates UTF-8 byte sequences (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF). */
final class Utf8 {
    /** Receives the position of the first invalid byte; it is expected to throw. */
    @FunctionalInterface
    interface InvalidByte {
        void at(int index, int charactersBefore);
    }

    private Utf8() {}

    /**
     * Counts the characters of a UTF-8 sequence, reporting the first invalid byte.
     *
     * @return the number of code points
     */
    static int countCharacters(final byte[] bytes, final int offset, final int length, final InvalidByte invalid) {
        int chars = 0;
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            int extra;
            int min;
            if (b < 0x80) {
                i++;
                chars++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                invalid.at(i, chars);
                return chars;
            }
            int codePoint = b & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                if (i + k >= end || (bytes[i + k] & 0xC0) != 0x80) {
                    invalid.at(i + k < end ? i + k : i, chars);
                    return chars;
                }
                codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
            }
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                invalid.at(i, chars);
                return chars;
            }
            i += extra + 1;
            chars++;
        }
        return chars;
    }
}
