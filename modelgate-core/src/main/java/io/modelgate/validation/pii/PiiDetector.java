package io.modelgate.validation.pii;

import java.util.Optional;

/**
 * Tells which kind of personal data one value looks like. The whole value counts (blanks around it ignored), not
 * words inside free text. One pass counts the value's character classes; only the kinds those counts allow are
 * then checked, each by a linear scan without regular expressions (so no backtracking) and by its checksum where
 * it has one. The kinds are disjoint by construction (an {@code @} means email, two colons IPv6, letters IBAN, and
 * the digit counts of SSN, card and phone do not overlap); a dotted value that is an IPv4 address is not also
 * taken as a phone.
 */
public final class PiiDetector {
    /** Longer values are never personal data of a recognised kind (an email address has at most 254 characters). */
    static final int MAX_LENGTH = 254;

    private static final int MIN_LENGTH = 3;
    private static final int SSN_DIGITS = 9;
    private static final int MIN_CARD_DIGITS = 13;
    private static final int MAX_CARD_DIGITS = 19;
    private static final int MIN_PHONE_DIGITS = 8;
    private static final int MAX_PHONE_DIGITS = 15;

    private PiiDetector() {}

    /**
     * Returns the kind of personal data a value looks like.
     *
     * @param value the raw field
     * @return the kind, or empty when the value matches none; never {@link PiiKind#NAME}, which is header-based
     */
    public static Optional<PiiKind> detect(final String value) {
        return Optional.ofNullable(kindOf(value));
    }

    /**
     * Returns the kind of personal data a value looks like, without allocating.
     *
     * @param value the raw field
     * @return the kind, or {@code null} when the value matches none
     */
    static PiiKind kindOf(final String value) {
        int from = 0;
        int to = value.length();
        while (from < to && value.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && value.charAt(to - 1) <= ' ') {
            to--;
        }
        int length = to - from;
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return null;
        }
        int digits = 0;
        int letters = 0;
        int at = 0;
        int colons = 0;
        int dots = 0;
        int others = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letters++;
            } else if (c == '@') {
                at++;
            } else if (c == ':') {
                colons++;
            } else if (c == '.') {
                dots++;
            } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '+') {
                others++;
            }
        }
        if (at > 0) {
            return at == 1 && EmailAddress.matches(value, from, to) ? PiiKind.EMAIL : null;
        }
        if (colons > 0) {
            return colons >= 2 && others == 0 && IpAddress.isIpv6(value, from, to) ? PiiKind.IPV6 : null;
        }
        if (others > 0) {
            return null;
        }
        if (letters > 0) {
            return digits >= 2 && dots == 0 && Iban.matches(value, from, to) ? PiiKind.IBAN : null;
        }
        return numericKind(value, from, to, digits, dots);
    }

    private static PiiKind numericKind(
            final String value, final int from, final int to, final int digits, final int dots) {
        int length = to - from;
        if (dots == 3 && digits == length - dots && IpAddress.isIpv4(value, from, to)) {
            return PiiKind.IPV4;
        }
        if (digits == SSN_DIGITS && SocialSecurityNumber.matches(value, from, to)) {
            return PiiKind.US_SSN;
        }
        if (digits >= MIN_CARD_DIGITS
                && digits <= MAX_CARD_DIGITS
                && dots == 0
                && PaymentCard.matches(value, from, to)) {
            return PiiKind.PAYMENT_CARD;
        }
        if (digits >= MIN_PHONE_DIGITS
                && digits <= MAX_PHONE_DIGITS
                && digits < length
                && PhoneNumber.matches(value, from, to)) {
            return PiiKind.PHONE;
        }
        return null;
    }
}
