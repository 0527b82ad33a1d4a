package io.modelgate.validation.pii;

/** Recognises an email address (the dot-atom form of RFC 5322) by one linear scan, without regular expressions. */
final class EmailAddress {
    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-";
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;
    private static final int MAX_LABEL = 63;

    private EmailAddress() {}

    /**
     * Returns whether {@code value[from, to)} is an email address; the caller has checked it holds exactly one '@'.
     *
     * @param value the text
     * @param from the first character
     * @param to the end, exclusive
     * @return true for an email address
     */
    static boolean matches(final String value, final int from, final int to) {
        int at = value.indexOf('@', from);
        return at > from && at < to && isLocalPart(value, from, at) && isDomain(value, at + 1, to);
    }

    private static boolean isLocalPart(final String value, final int from, final int to) {
        if (to - from > MAX_LOCAL || value.charAt(from) == '.' || value.charAt(to - 1) == '.') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            boolean allowed =
                    isAlphanumeric(c) || LOCAL_SPECIALS.indexOf(c) >= 0 || c == '.' && value.charAt(i - 1) != '.';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDomain(final String value, final int from, final int to) {
        if (to - from > MAX_DOMAIN || to == from) {
            return false;
        }
        int labels = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || value.charAt(i) == '.') {
                if (!isLabel(value, start, i)) {
                    return false;
                }
                labels++;
                start = i + 1;
            }
        }
        return labels >= 2 && isTopLevelDomain(value, value.lastIndexOf('.', to - 1) + 1, to);
    }

    private static boolean isLabel(final String value, final int from, final int to) {
        if (to == from || to - from > MAX_LABEL || value.charAt(from) == '-' || value.charAt(to - 1) == '-') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (!isAlphanumeric(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isTopLevelDomain(final String value, final int from, final int to) {
        if (to - from < 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    static boolean isAlphanumeric(final char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
