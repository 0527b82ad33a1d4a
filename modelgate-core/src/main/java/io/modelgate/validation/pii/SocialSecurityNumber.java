package io.modelgate.validation.pii;

/**
 * Recognises a US social security number written {@code AAA-GG-SSSS}, excluding the numbers the Social Security
 * Administration never issues: area 000, 666 and 900-999, group 00, serial 0000.
 */
final class SocialSecurityNumber {
    private static final int LENGTH = 11;
    private static final int FORBIDDEN_AREA = 666;
    private static final int FIRST_UNUSED_AREA = 900;

    private SocialSecurityNumber() {}

    /**
     * Returns whether {@code value[from, to)} is a social security number.
     *
     * @param value the text
     * @param from the first character
     * @param to the end, exclusive
     * @return true for an SSN in an issued range
     */
    static boolean matches(final String value, final int from, final int to) {
        if (to - from != LENGTH || value.charAt(from + 3) != '-' || value.charAt(from + 6) != '-') {
            return false;
        }
        int area = number(value, from, from + 3);
        int group = number(value, from + 4, from + 6);
        int serial = number(value, from + 7, to);
        return area > 0 && area != FORBIDDEN_AREA && area < FIRST_UNUSED_AREA && group > 0 && serial > 0;
    }

    private static int number(final String value, final int from, final int to) {
        int result = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }
}
