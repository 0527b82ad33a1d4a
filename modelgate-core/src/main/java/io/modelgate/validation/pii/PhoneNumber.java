package io.modelgate.validation.pii;

/**
 * Recognises a telephone number: E.164 with a leading {@code +} (8-15 digits), or a national number with
 * separators (10-12 digits in at least three groups, or with the first group in parentheses). Plain digit strings,
 * decimals, dates and numbers with thousands separators are not phones; see {@link PiiKind#PHONE}.
 */
final class PhoneNumber {
    private static final int MIN_INTERNATIONAL = 8;
    private static final int MAX_INTERNATIONAL = 15;
    private static final int MIN_NATIONAL = 10;
    private static final int MAX_NATIONAL = 12;
    private static final int THOUSANDS_GROUP = 3;

    private PhoneNumber() {}

    /**
     * Returns whether {@code value[from, to)} is a phone number.
     *
     * @param value the text
     * @param from the first character
     * @param to the end, exclusive
     * @return true for a phone number
     */
    static boolean matches(final String value, final int from, final int to) {
        boolean international = value.charAt(from) == '+';
        int digits = 0;
        int groups = 0;
        int groupLength = 0;
        boolean thousandsShape = true;
        boolean firstParenthesised = false;
        boolean parenthesesUsed = false;
        boolean inParentheses = false;
        boolean afterSeparator = true;
        for (int i = international ? from + 1 : from; i < to; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                if (international && digits == 0 && c == '0') {
                    return false;
                }
                digits++;
                groupLength++;
                afterSeparator = false;
            } else if (c == '(' && afterSeparator && !parenthesesUsed) {
                parenthesesUsed = true;
                inParentheses = true;
                firstParenthesised = groups == 0;
            } else if (c == ')' && inParentheses && groupLength > 0 || isSeparator(c) && !afterSeparator) {
                if (c == ')') {
                    inParentheses = false;
                } else {
                    afterSeparator = true;
                }
                if (groupLength > 0) {
                    thousandsShape &= groups == 0 ? groupLength <= THOUSANDS_GROUP : groupLength == THOUSANDS_GROUP;
                    groups++;
                    groupLength = 0;
                }
            } else {
                return false;
            }
        }
        if (inParentheses || groupLength == 0) {
            return false;
        }
        thousandsShape &= groups == 0 ? groupLength <= THOUSANDS_GROUP : groupLength == THOUSANDS_GROUP;
        groups++;
        if (international) {
            return digits >= MIN_INTERNATIONAL && digits <= MAX_INTERNATIONAL;
        }
        return digits >= MIN_NATIONAL
                && digits <= MAX_NATIONAL
                && (firstParenthesised || groups >= 3 && !thousandsShape);
    }

    private static boolean isSeparator(final char c) {
        return c == ' ' || c == '-' || c == '.';
    }
}
