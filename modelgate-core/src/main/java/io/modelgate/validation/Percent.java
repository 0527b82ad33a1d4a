package io.modelgate.validation;

import java.util.Locale;

/** Formats shares as percentages for messages: {@code 0.1234} is {@code 12.34 %}, tiny shares keep two digits. */
final class Percent {
    private Percent() {}

    static String of(final double share) {
        double percent = share * 100;
        if (percent == 0 || percent == 100 || percent >= 1 && percent <= 99) {
            return String.format(Locale.ROOT, "%.2f %%", percent).replace(".00 %", " %");
        }
        return String.format(Locale.ROOT, "%.2g %%", percent);
    }
}
