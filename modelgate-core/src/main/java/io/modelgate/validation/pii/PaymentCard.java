package io.modelgate.validation.pii;

/**
 * Recognises a payment card number: 13-19 digits (single spaces or hyphens between groups allowed), a known issuer
 * identification number prefix, and a valid Luhn check digit (ISO/IEC 7812-1 Annex B).
 */
final class PaymentCard {
    private static final int MIN_DIGITS = 13;
    private static final int MAX_DIGITS = 19;
    private static final int PREFIX_DIGITS = 4;

    private PaymentCard() {}

    /**
     * Returns whether {@code value[from, to)} is a payment card number.
     *
     * @param value the text
     * @param from the first character
     * @param to the end, exclusive
     * @return true for a card number with a known prefix and a valid check digit
     */
    static boolean matches(final String value, final int from, final int to) {
        int digits = 0;
        int prefix = 0;
        boolean afterSeparator = true;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits < PREFIX_DIGITS) {
                    prefix = prefix * 10 + (c - '0');
                }
                digits++;
                afterSeparator = false;
            } else if ((c == ' ' || c == '-') && !afterSeparator) {
                afterSeparator = true;
            } else {
                return false;
            }
        }
        return !afterSeparator
                && digits >= MIN_DIGITS
                && digits <= MAX_DIGITS
                && hasKnownPrefix(prefix)
                && hasLuhnCheckDigit(value, from, to);
    }

    /**
     * Returns whether the first four digits start a known issuer range (see {@link PiiKind#PAYMENT_CARD}).
     *
     * @param prefix the first four digits as a number, e.g. 4111
     * @return true for Visa, Mastercard, American Express, Diners Club, JCB, Discover, UnionPay or Maestro
     */
    static boolean hasKnownPrefix(final int prefix) {
        int two = prefix / 100;
        int three = prefix / 10;
        return prefix / 1000 == 4
                || two >= 51 && two <= 55
                || prefix >= 2221 && prefix <= 2720
                || two == 34
                || two == 37
                || three >= 300 && three <= 305
                || two == 36
                || two == 38
                || two == 39
                || prefix >= 3528 && prefix <= 3589
                || prefix == 6011
                || three >= 644 && three <= 649
                || two == 65
                || two == 62
                || two == 50
                || two >= 56 && two <= 58
                || two == 63
                || two == 67;
    }

    /**
     * Returns whether the digits of {@code value[from, to)} pass the Luhn check; other characters are skipped.
     *
     * @param value the text
     * @param from the first character
     * @param to the end, exclusive
     * @return true when the doubled-alternate digit sum is a multiple of 10
     */
    static boolean hasLuhnCheckDigit(final String value, final int from, final int to) {
        int sum = 0;
        boolean doubled = false;
        for (int i = to - 1; i >= from; i--) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                int digit = c - '0';
                if (doubled) {
                    digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
                }
                sum += digit;
                doubled = !doubled;
            }
        }
        return sum % 10 == 0;
    }
}
