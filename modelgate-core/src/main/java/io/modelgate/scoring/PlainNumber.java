package io.modelgate.scoring;

/**
 * Parses CSV fields the way jpmml parses them into double, float and integer fields ({@code Double.parseDouble},
 * {@code Float.parseFloat}, whole numbers), but only plain decimal literals: an optional sign, digits, an optional
 * fraction and an optional exponent, nothing else. Anything else (blanks, {@code NaN}, {@code INF}, hexadecimal, a
 * fraction for an integer field) gives {@link Double#NaN}, and the row goes to jpmml, which decides what it means.
 *
 * <p>Short literals take Clinger's fast path: a mantissa of at most 15 digits (double) or 7 digits (float) divided
 * or multiplied by an exact power of ten is one correctly rounded operation on exact operands, so it equals the
 * JDK's correctly rounded parse; longer literals use the JDK.
 */
final class PlainNumber {
    private static final double[] POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };
    private static final int FLOAT_EXACT_POWER = 10;
    private static final int DOUBLE_DIGITS = 15;
    private static final int FLOAT_DIGITS = 7;
    private static final int INTEGER_DIGITS = 9;

    private PlainNumber() {}

    /**
     * Parses a field for a slot of the given numeric type.
     *
     * @param text the raw field
     * @param type {@link SlotType#DOUBLE}, {@link SlotType#FLOAT} or {@link SlotType#INTEGER}
     * @return the value, or NaN when the field is not a plain literal of that type
     */
    static double parse(final String text, final SlotType type) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = 0;
        boolean point = false;
        boolean exponent = false;
        int start = i;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits > 0 || c != '0') {
                    digits++;
                }
                if (digits <= 18) {
                    mantissa = mantissa * 10 + (c - '0');
                }
                fraction += point ? 1 : 0;
            } else if (c == '.' && !point) {
                point = true;
            } else if ((c == 'e' || c == 'E') && i > start) {
                exponent = true;
                break;
            } else {
                return Double.NaN;
            }
        }
        int mantissaChars = i - start - (point ? 1 : 0);
        if (mantissaChars == 0 || exponent && !validExponent(text, i + 1)) {
            return Double.NaN;
        }
        if (type == SlotType.INTEGER) {
            return point || exponent || digits > INTEGER_DIGITS ? Double.NaN : negative ? -mantissa : mantissa;
        }
        if (!exponent && type == SlotType.DOUBLE && digits <= DOUBLE_DIGITS && fraction < POWERS.length) {
            double value = mantissa / POWERS[fraction];
            return (negative ? -value : value) + 0d;
        }
        if (!exponent && type == SlotType.FLOAT && digits <= FLOAT_DIGITS && fraction <= FLOAT_EXACT_POWER) {
            float value = (float) mantissa / (float) POWERS[fraction];
            return (negative ? -value : value) + 0f;
        }
        return type == SlotType.FLOAT ? Float.parseFloat(text) + 0f : Double.parseDouble(text) + 0d;
    }

    private static boolean validExponent(final String text, final int from) {
        int i = from;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        for (; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
