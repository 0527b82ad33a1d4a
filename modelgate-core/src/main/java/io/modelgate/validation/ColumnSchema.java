package io.modelgate.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelgate.data.ColumnType;
import io.modelgate.data.TemporalFormat;
import io.modelgate.data.Values;
import io.modelgate.report.GateStatus;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One column of a schema: its type and the constraints its values must meet. Every constraint but the type is
 * optional. A violation gives the column's {@code severity}; row-level constraints pass when at least the share
 * {@code mostly} of the rows they apply to meets them (Great Expectations semantics: missing values are not
 * counted).
 *
 * @param type integer, double, boolean, date, timestamp or string
 * @param format the date or timestamp pattern ({@link java.time.format.DateTimeFormatter}); ISO-8601 when absent
 * @param completeness the least share of rows that must have a value, 0 to 1
 * @param min the least value (a number, or a date/timestamp in the column's format)
 * @param max the greatest value
 * @param allowed the only values allowed, compared as written
 * @param pattern a regular expression every value must match as a whole
 * @param unique whether no value may appear twice
 * @param pii the personal data the column holds and its legal basis
 * @param severity the status a violation gives: failed (default), error, warning or note
 * @param mostly the least share of the rows a row-level constraint applies to that must meet it, 0 to 1 (default 1)
 * @param required whether the column must be in the data (default true)
 * @param drift the column's drift method and threshold
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ColumnSchema(
        String type,
        String format,
        Double completeness,
        String min,
        String max,
        List<String> allowed,
        String pattern,
        Boolean unique,
        PiiDeclaration pii,
        String severity,
        Double mostly,
        Boolean required,
        ColumnDrift drift) {
    /**
     * Checks every constraint for consistency.
     *
     * @param type the type
     * @param format the temporal pattern
     * @param completeness least share of values present
     * @param min least value
     * @param max greatest value
     * @param allowed allowed values
     * @param pattern regular expression
     * @param unique no repeated values
     * @param pii personal data
     * @param severity status of a violation
     * @param mostly share of rows that must comply
     * @param required whether the column must exist
     * @param drift drift settings
     */
    public ColumnSchema {
        if (type == null) {
            throw new IllegalArgumentException(
                    "every column needs a type: integer, double, boolean, date, timestamp" + " or string");
        }
        ColumnType columnType = ColumnType.parse(type);
        if (format != null && columnType != ColumnType.DATE && columnType != ColumnType.TIMESTAMP) {
            throw new IllegalArgumentException("format applies to date and timestamp columns, not " + type);
        }
        if (format != null) {
            TemporalFormat.of(columnType, format);
        }
        if (min != null) {
            bound(columnType, format, min, "min");
        }
        if (max != null) {
            bound(columnType, format, max, "max");
        }
        checkShare(completeness, "completeness");
        checkShare(mostly, "mostly");
        Severity.parse(severity, GateStatus.FAILED);
        allowed = allowed == null ? null : List.copyOf(allowed);
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException exception) {
                throw new IllegalArgumentException(
                        "pattern is not a valid regular expression: " + exception.getDescription(), exception);
            }
        }
    }

    /**
     * Creates a column with a type and no constraints.
     *
     * @param type the type's name
     * @return the column
     */
    public static ColumnSchema ofType(final String type) {
        return new ColumnSchema(type, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Parses a bound of a numeric, date or timestamp column into the number its values are compared as.
     *
     * @return the value, epoch days for dates and epoch seconds for timestamps
     */
    private static double bound(final ColumnType type, final String format, final String text, final String key) {
        Double value =
                switch (type) {
                    case INTEGER, DOUBLE -> Values.parseDouble(text.strip());
                    case DATE, TIMESTAMP -> {
                        Long epoch = TemporalFormat.of(type, format).toEpoch(text.strip());
                        yield epoch == null ? null : epoch.doubleValue();
                    }
                    default ->
                        throw new IllegalArgumentException(
                                key + " applies to integer, double, date and timestamp columns, not " + type.label());
                };
        if (value == null || value.isNaN()) {
            throw new IllegalArgumentException(
                    key + " '" + text + "' is not " + type.label() + (format != null ? " in format " + format : ""));
        }
        return value;
    }

    /** @return the least allowed value as a number, or negative infinity */
    public double lowerBound() {
        return min == null ? Double.NEGATIVE_INFINITY : bound(columnType(), format, min, "min");
    }

    /** @return the greatest allowed value as a number, or positive infinity */
    public double upperBound() {
        return max == null ? Double.POSITIVE_INFINITY : bound(columnType(), format, max, "max");
    }

    private static void checkShare(final Double value, final String key) {
        if (value != null && (value.isNaN() || value < 0 || value > 1)) {
            throw new IllegalArgumentException(key + " is a share between 0 and 1, not " + value);
        }
    }

    /** @return the parsed type */
    public ColumnType columnType() {
        return ColumnType.parse(type);
    }

    /** @return the status a violation gives */
    public GateStatus violationStatus() {
        return Severity.parse(severity, GateStatus.FAILED);
    }

    /** @return the share of rows that must comply, 1 by default */
    public double mostlyShare() {
        return mostly == null ? 1.0 : mostly;
    }

    /** @return whether the column must be in the data */
    public boolean isRequired() {
        return required == null || required;
    }

    /** @return whether values must not repeat */
    public boolean isUnique() {
        return unique != null && unique;
    }
}
