package io.modelgate.drift;

/**
 * Allocation-free parsing of plain decimals ({@code -12}, {@code 3.25}) on the profiler's hot path. Anything else
 * (exponents, blanks, {@code nan}, {@code inf}, more than 15 significant digits) is left to
 * {@link io.modelgate.data.Values}, so both accept exactly the same strings and give the same double.
 */
final class DecimalParser {
    /** Returned when the fast path does not apply; never the value of a plain decimal. */
    static final double NOT_PLAIN = Double.NaN;

    private static final long MAX_EXACT = 1L << 53;
    private static final double[] POWERS = new double[23];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private DecimalParser() {}

    /**
     * Parses an optionally signed decimal with at most one point. The result is correctly rounded because the digits
     * fit in 53 bits and the power of ten is exact, so one IEEE division rounds once (Clinger 1990).
     *
     * @param text the raw field
     * @param integerOnly whether a decimal point makes the value not plain
     * @return the value, or {@link #NOT_PLAIN}
     */
    static double parse(final String text, final boolean integerOnly) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (fraction >= 0) {
                    fraction++;
                }
                if (count > 15 && digits > MAX_EXACT) {
                    return NOT_PLAIN;
                }
            } else if (c == '.' && fraction < 0 && !integerOnly) {
                fraction = 0;
            } else {
                return NOT_PLAIN;
            }
        }
        if (count == 0 || fraction >= POWERS.length || digits > MAX_EXACT) {
            return NOT_PLAIN;
        }
        if (integerOnly) {
            return negative ? -digits : digits;
        }
        double value = fraction > 0 ? digits / POWERS[fraction] : digits;
        return negative ? -value : value;
    }
}
