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
        double fast = fastDecimal(text);
        if (!Double.isNaN(fast)) {
            return fast;
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

    /**
     * Parses a plain decimal ({@code -123.45}: sign, digits, at most one point, no exponent) with at most 15
     * significant digits and 22 decimals exactly: both the digits and the power of ten are exact doubles, so one
     * correctly rounded division gives the correctly rounded result (Clinger's fast path). Anything else gives NaN
     * and is left to {@link Double#parseDouble(String)}.
     */
    private static double fastDecimal(final String text) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        char first = text.charAt(0);
        if (first == '-' || first == '+') {
            negative = first == '-';
            i = 1;
        }
        long digits = 0;
        int significant = 0;
        int decimals = -1;
        boolean any = false;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                any = true;
                if (digits != 0 || c != '0') {
                    significant++;
                }
                digits = digits * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (!any || significant > 15 || decimals > 22) {
            return Double.NaN;
        }
        double value = decimals > 0 ? digits / POWERS_OF_TEN[decimals] : digits;
        return negative ? -value : value;
    }

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

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
