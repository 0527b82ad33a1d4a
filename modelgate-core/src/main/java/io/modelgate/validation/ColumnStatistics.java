package io.modelgate.validation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Summary statistics of one column, in constant memory: counts, extremes, mean and standard deviation (Welford's
 * online algorithm), and exact value counts for the first {@value #MAX_TRACKED} distinct values of text columns.
 */
final class ColumnStatistics {
    /** How many distinct values are counted before counting stops. */
    static final int MAX_TRACKED = 1000;

    private static final int TOP = 10;

    private long rows;
    private long missing;
    private long invalid;
    private long numbers;
    private double mean;
    private double squares;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private String minText;
    private String maxText;
    private final Map<String, long[]> counts;
    private boolean overflow;

    ColumnStatistics(final boolean countValues) {
        counts = countValues ? new HashMap<>() : null;
    }

    void missing() {
        rows++;
        missing++;
    }

    void invalid() {
        rows++;
        invalid++;
    }

    void number(final double value, final String text) {
        rows++;
        if (Double.isNaN(value)) {
            return;
        }
        numbers++;
        double delta = value - mean;
        mean += delta / numbers;
        squares += delta * (value - mean);
        if (value < min) {
            min = value;
            minText = text;
        }
        if (value > max) {
            max = value;
            maxText = text;
        }
    }

    void text(final String value) {
        rows++;
        if (counts == null) {
            return;
        }
        long[] count = counts.get(value);
        if (count != null) {
            count[0]++;
        } else if (counts.size() < MAX_TRACKED) {
            counts.put(value, new long[] {1});
        } else {
            overflow = true;
        }
    }

    long rows() {
        return rows;
    }

    long missingCount() {
        return missing;
    }

    ColumnSummary summary(final String name, final String type, final UnaryOperator<String> display) {
        Double average = numbers > 0 ? mean : null;
        Double deviation = numbers > 1 ? Math.sqrt(squares / (numbers - 1)) : null;
        List<ColumnSummary.ValueCount> top = null;
        Long distinct = null;
        if (counts != null) {
            top = counts.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, long[]> entry) -> -entry.getValue()[0])
                            .thenComparing(Map.Entry::getKey))
                    .limit(TOP)
                    .map(entry -> new ColumnSummary.ValueCount(display.apply(entry.getKey()), entry.getValue()[0]))
                    .toList();
            distinct = overflow ? null : (long) counts.size();
        }
        return new ColumnSummary(
                name,
                type,
                rows,
                missing,
                invalid,
                minText == null ? null : display.apply(minText),
                maxText == null ? null : display.apply(maxText),
                average,
                deviation,
                distinct,
                top);
    }
}
