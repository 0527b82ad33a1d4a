package io.modelgate.validation.pii;

/**
 * Masks a value of a known kind of personal data for reports, so that a reader can tell the kind and tell
 * examples apart but cannot recover the value. Each kind's rule is {@link PiiKind#masking()}; at most these parts
 * stay visible: email the first character of the local part and of the domain plus the top-level domain; phone
 * the last two digits; card, IBAN and SSN the last four characters (IBAN also its country code); IPv4 the first
 * octet; IPv6 the first group; name the first character.
 */
public final class Masking {
    private static final char MASK = '*';
    private static final String HIDDEN = "***";

    private Masking() {}

    /**
     * Masks a value that {@link PiiDetector} recognised as the given kind (or any value of a name column).
     *
     * @param kind the kind the value was recognised as
     * @param value the raw field
     * @return the masked value, blanks around it removed
     */
    public static String mask(final PiiKind kind, final String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            return text;
        }
        return switch (kind) {
            case EMAIL -> email(text);
            case PHONE -> keepLastDigits(text, 2);
            case PAYMENT_CARD -> keepLastDigits(text, 4);
            case IBAN -> iban(text);
            case US_SSN -> "***-**-" + lastCharacters(text, 4);
            case IPV4 -> prefix(text, '.') + ".*.*.*";
            case IPV6 -> prefix(text, ':') + ":*";
            case NAME -> text.substring(0, text.offsetByCodePoints(0, 1)) + HIDDEN;
        };
    }

    private static String email(final String text) {
        int at = text.lastIndexOf('@');
        int dot = text.lastIndexOf('.');
        if (at <= 0 || dot <= at + 1) {
            return HIDDEN;
        }
        return text.charAt(0) + HIDDEN + "@" + text.charAt(at + 1) + HIDDEN + text.substring(dot);
    }

    private static String keepLastDigits(final String text, final int visible) {
        StringBuilder masked = new StringBuilder(text);
        int kept = 0;
        for (int i = masked.length() - 1; i >= 0; i--) {
            if (Character.isLetterOrDigit(masked.charAt(i)) && kept++ >= visible) {
                masked.setCharAt(i, MASK);
            }
        }
        return masked.toString();
    }

    private static String iban(final String text) {
        String masked = keepLastDigits(text, 4);
        return text.length() < 2 ? masked : text.substring(0, 2) + masked.substring(2);
    }

    private static String lastCharacters(final String text, final int count) {
        return text.substring(Math.max(0, text.length() - count));
    }

    private static String prefix(final String text, final char separator) {
        int end = text.indexOf(separator);
        return end < 0 ? HIDDEN : text.substring(0, end);
    }
}
