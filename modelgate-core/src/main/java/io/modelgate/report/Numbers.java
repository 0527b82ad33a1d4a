package io.modelgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Formats numbers for people: whole numbers with thousands separators, others with four significant digits, and
 * very small or very large ones (p-values, for instance) in scientific notation such as {@code 2.5e-7}.
 */
final class Numbers {
    private static final double SMALL = 1e-3;
    private static final double LARGE = 1e9;
    private static final String NONE = "\u2013";

    private Numbers() {}

    static String format(final double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\u221E" : "\u2212\u221E";
        }
        double magnitude = Math.abs(value);
        if (value == Math.rint(value) && magnitude < LARGE) {
            return count((long) value);
        }
        if (magnitude < SMALL || magnitude >= LARGE) {
            return scientific(value);
        }
        return new BigDecimal(value)
                .round(new MathContext(4))
                .stripTrailingZeros()
                .toPlainString();
    }

    static String count(final long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    /**
     * Formats a fraction as a percentage with one decimal, e.g. {@code 12.5%}.
     *
     * @param part the part
     * @param whole the whole, positive
     * @return the percentage
     */
    static String percent(final double part, final double whole) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * part / whole);
    }

    /**
     * Formats a JSON value: numbers as above, booleans as yes or no, text as is, absent values as a dash.
     *
     * @param node the value, may be {@code null}
     * @return the text
     */
    static String of(final JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return NONE;
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() && node.canConvertToLong()
                    ? count(node.longValue())
                    : format(node.doubleValue());
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "yes" : "no";
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        return node.toString();
    }

    private static String scientific(final double value) {
        String text = String.format(Locale.ROOT, "%.2e", value);
        int e = text.indexOf('e');
        String mantissa =
                new BigDecimal(text.substring(0, e)).stripTrailingZeros().toPlainString();
        return mantissa + "e" + Integer.parseInt(text.substring(e + 1));
    }
}
