package io.modelgate.comparison;

import java.util.Locale;

/** Formats numbers for check texts: values with 4 decimals, differences signed, p-values with 3 significant places. */
final class ComparisonFormat {
    private ComparisonFormat() {}

    static String value(final double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    static String signed(final double value) {
        return String.format(Locale.ROOT, "%+.4f", value + 0.0);
    }

    static String interval(final MetricComparison metric, final double level) {
        return percent(level) + " CI [" + signed(metric.ciLow()) + ", " + signed(metric.ciHigh()) + "]";
    }

    static String pValue(final double p) {
        return p < 0.001 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.3f", p);
    }

    static String percent(final double share) {
        String text = String.format(Locale.ROOT, "%.2f", share * 100).replaceAll("\\.?0+$", "");
        return text + " %";
    }
}
