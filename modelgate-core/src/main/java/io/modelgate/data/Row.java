package io.modelgate.data;

import java.util.Arrays;

/**
 * One data row of a CSV file: its raw field values and the line it starts on. Rows are reused by the reader; copy
 * what must outlive the next call to {@link CsvReader#next()}.
 */
public final class Row {
    private final String[] values;
    private long line;
    private long index;

    Row(final int size) {
        values = new String[size];
    }

    /**
     * Creates a row from values, for tests and for callers that build rows themselves.
     *
     * @param line the 1-based line the row starts on
     * @param values the raw field values
     * @return the row
     */
    public static Row of(final long line, final String... values) {
        var row = new Row(values.length);
        System.arraycopy(values, 0, row.values, 0, values.length);
        row.line = line;
        row.index = line - 2;
        return row;
    }

    void set(final int field, final String value) {
        values[field] = value;
    }

    /** Makes this row a copy of another of the same size. */
    void copyFrom(final Row other) {
        System.arraycopy(other.values, 0, values, 0, values.length);
        line = other.line;
        index = other.index;
    }

    void position(final long startLine, final long rowIndex) {
        this.line = startLine;
        this.index = rowIndex;
    }

    /**
     * Returns a raw field value; an empty field is the empty string.
     *
     * @param field the 0-based field index
     * @return the value as written in the file, unquoted
     */
    public String get(final int field) {
        return values[field];
    }

    /** @return the number of fields */
    public int size() {
        return values.length;
    }

    /** @return the 1-based line on which this row starts */
    public long line() {
        return line;
    }

    /** @return the 0-based index of this row among the data rows */
    public long index() {
        return index;
    }

    /** @return a copy of the values */
    public String[] values() {
        return values.clone();
    }

    @Override
    public String toString() {
        return "line " + line + ": " + Arrays.toString(values);
    }
}
