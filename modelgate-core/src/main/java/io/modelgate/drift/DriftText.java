package io.modelgate.drift;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Formats numbers for bin labels and check texts: short, locale-free, without trailing zeros. */
final class DriftText {
    private DriftText() {}

    /** @return a value with up to 6 significant digits, e.g. {@code 25}, {@code 0.125}, {@code 1.5e-7} */
    static String number(final double value) {
        return significant(value, 6);
    }

    /** @return a statistic with up to 3 significant digits, e.g. {@code 0.312} */
    static String statistic(final double value) {
        return significant(value, 3);
    }

    /** @return a p-value with 2 significant digits, e.g. {@code 0.031} or {@code 2e-8} */
    static String pValue(final double value) {
        return significant(value, 2);
    }

    private static String significant(final double value, final int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value).toLowerCase(Locale.ROOT);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded =
                new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e9) {
            return rounded.toPlainString();
        }
        return rounded.toString().replace("E+", "e").replace("E", "e");
    }
}
