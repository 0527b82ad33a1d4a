package io.modelgate.data;

import java.util.Locale;

/**
 * Parsing of raw field values into numbers and booleans without exceptions on the hot path. A value that does not
 * parse gives {@code null} (objects) or {@link Double#NaN} with {@link #isNumber(String)} false.
 */
public final class Values {
    private Values() {}

    /**
     * Returns whether a field is missing: empty, or only blanks.
     *
     * @param value the raw field
     * @return true for a missing value
     */
    public static boolean isMissing(final String value) {
        return value.isEmpty() || value.isBlank();
    }

    /**
     * Parses a decimal integer (optional sign, digits only) that fits in 64 bits.
     *
     * @param value the raw field, not missing
     * @return the number, or {@code null} when the field is not such an integer
     */
    public static Long parseInteger(final String value) {
        int length = value.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (value.charAt(0) == '-' || value.charAt(0) == '+')) {
            negative = value.charAt(0) == '-';
            i = 1;
        }
        if (i == length || length - i > 19) {
            return null;
        }
        long result = 0;
        for (; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            result = result * 10 + (c - '0');
            if (result < 0) {
                return negative && result == Long.MIN_VALUE && i == length - 1 ? Long.MIN_VALUE : null;
            }
        }
        return negative ? -result : result;
    }

    /**
     * Parses a floating-point number: decimal or scientific notation, {@code nan}, {@code inf}, {@code -inf},
     * {@code infinity} in any case. Hexadecimal and Java's {@code d}/{@code f} suffixes are not numbers here.
     *
     * @param value the raw field, not missing
     * @return the number, or {@code null} when the field is not a number
     */
    public static Double parseDouble(final String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        char last = text.charAt(text.length() - 1);
        if (Character.isLetter(last)) {
            return special(text);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return null;
            }
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException exception) {
            return null;
        }
    }

    private static Double special(final String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "nan" -> Double.NaN;
            case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> null;
        };
    }

    /**
     * Returns whether a field is a number ({@link #parseDouble(String)} succeeds).
     *
     * @param value the raw field
     * @return true for a number
     */
    public static boolean isNumber(final String value) {
        return parseDouble(value) != null;
    }

    /**
     * Parses a boolean: {@code true}/{@code false} in any case, or {@code 1}/{@code 0}.
     *
     * @param value the raw field, not missing
     * @return the boolean, or {@code null} when the field is not one
     */
    public static Boolean parseBoolean(final String value) {
        String text = value.strip();
        if ("1".equals(text) || "true".equalsIgnoreCase(text)) {
            return Boolean.TRUE;
        }
        if ("0".equals(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.FALSE;
        }
        return null;
    }
}
