package io.modelgate.validation;

import io.modelgate.data.ColumnType;
import io.modelgate.data.TemporalFormat;
import io.modelgate.data.Values;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one column's values could be, learned from the data for schema inference: for each candidate type, whether
 * every value parses as it, plus extremes and the first few distinct values.
 */
final class ColumnGuess {
    static final int MAX_ALLOWED = 20;

    private static final TemporalFormat ISO_DATE = TemporalFormat.of(ColumnType.DATE, null);
    private static final TemporalFormat ISO_TIMESTAMP = TemporalFormat.of(ColumnType.TIMESTAMP, null);

    private long rows;
    private long missing;
    private boolean integer = true;
    private boolean number = true;
    private boolean bool = true;
    private boolean date = true;
    private boolean timestamp = true;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private String minText;
    private String maxText;
    private final Set<String> distinct = new LinkedHashSet<>();
    private boolean manyValues;

    void accept(final String value) {
        rows++;
        if (Values.isMissing(value)) {
            missing++;
            return;
        }
        integer = integer && Values.parseInteger(value) != null;
        Double parsed = number ? Values.parseDouble(value) : null;
        number = parsed != null;
        bool = bool && ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value));
        Long epoch = null;
        if (date) {
            epoch = ISO_DATE.toEpoch(value);
            date = epoch != null;
        }
        if (!date && timestamp) {
            epoch = ISO_TIMESTAMP.toEpoch(value);
            timestamp = epoch != null;
        }
        double order = parsed != null ? parsed : epoch != null ? epoch : Double.NaN;
        if (order < min) {
            min = order;
            minText = value;
        }
        if (order > max) {
            max = order;
            maxText = value;
        }
        if (!manyValues && !distinct.contains(value)) {
            if (distinct.size() == MAX_ALLOWED) {
                manyValues = true;
                distinct.clear();
            } else {
                distinct.add(value);
            }
        }
    }

    ColumnType type() {
        if (rows == missing) {
            return ColumnType.STRING;
        }
        if (bool) {
            return ColumnType.BOOLEAN;
        }
        if (integer) {
            return ColumnType.INTEGER;
        }
        if (number) {
            return ColumnType.DOUBLE;
        }
        if (date) {
            return ColumnType.DATE;
        }
        return timestamp ? ColumnType.TIMESTAMP : ColumnType.STRING;
    }

    long rows() {
        return rows;
    }

    long missing() {
        return missing;
    }

    String minText() {
        return minText;
    }

    String maxText() {
        return maxText;
    }

    /** @return the distinct values when there are few and each is seen often enough to be a category, else null */
    Set<String> categories() {
        long present = rows - missing;
        if (manyValues || distinct.isEmpty() || present < 10L * distinct.size()) {
            return null;
        }
        return distinct;
    }
}
