package io.modelgate.data;

import java.util.Locale;

/**
 * The type of a column's values. Empty fields are missing values of any type; everything else must parse as the
 * type. Dates and timestamps are checked against a format given with the column (see {@link TemporalFormat}).
 */
public enum ColumnType {
    /** A whole number that fits in 64 bits, written in decimal with an optional sign. */
    INTEGER,
    /** A floating-point number as Java and Python write it: {@code 1.5}, {@code -2e-3}, {@code NaN}, {@code inf}. */
    DOUBLE,
    /** {@code true}/{@code false} in any case, or {@code 1}/{@code 0}. */
    BOOLEAN,
    /** A calendar date in the column's format (ISO {@code yyyy-MM-dd} by default). */
    DATE,
    /** A date and time in the column's format (ISO-8601 by default, with or without offset). */
    TIMESTAMP,
    /** Any text. */
    STRING;

    /**
     * Parses a type name as written in a schema file.
     *
     * @param name e.g. {@code integer}, {@code double}, {@code string}
     * @return the type
     * @throws IllegalArgumentException for an unknown name
     */
    public static ColumnType parse(final String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "integer", "int", "long" -> INTEGER;
            case "double", "float", "number", "decimal" -> DOUBLE;
            case "boolean", "bool" -> BOOLEAN;
            case "date" -> DATE;
            case "timestamp", "datetime" -> TIMESTAMP;
            case "string", "text", "category", "categorical" -> STRING;
            default ->
                throw new IllegalArgumentException("Unknown column type '" + name
                        + "': expected integer, double, boolean, date, timestamp or string");
        };
    }

    /** @return whether values of this type are numbers (integer or double) */
    public boolean isNumeric() {
        return this == INTEGER || this == DOUBLE;
    }

    /** @return the name as written in schema files */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
