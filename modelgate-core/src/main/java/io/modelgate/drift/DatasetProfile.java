package io.modelgate.drift;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mergeable summary of a dataset, or of one partition of it: its row count and one {@link ColumnProfile} per
 * profiled column. Profiles of partitions read on different agents merge into the profile of the whole; the result
 * does not depend on how the data was split (exactly for counts, within the sketch's rank error for quantiles).
 */
public final class DatasetProfile {
    private final long rows;
    private final Map<String, ColumnProfile> columns;

    /**
     * Creates a profile.
     *
     * @param rows the number of data rows
     * @param columns the column profiles, in column order
     */
    public DatasetProfile(final long rows, final Map<String, ColumnProfile> columns) {
        this(rows, copies(columns), true);
    }

    private DatasetProfile(final long rows, final Map<String, ColumnProfile> owned, final boolean unused) {
        this.rows = rows;
        this.columns = Collections.unmodifiableMap(owned);
    }

    private static Map<String, ColumnProfile> copies(final Map<String, ColumnProfile> columns) {
        Map<String, ColumnProfile> copy = new LinkedHashMap<>();
        columns.forEach((name, column) -> copy.put(name, column.copy()));
        return copy;
    }

    /**
     * Returns the profile of both datasets; neither input changes.
     *
     * @param other the profile of another partition with the same columns
     * @return the combined profile
     * @throws IllegalArgumentException when the columns differ
     */
    public DatasetProfile merge(final DatasetProfile other) {
        if (!columns.keySet().equals(other.columns.keySet())) {
            throw new IllegalArgumentException("Cannot merge profiles of different columns: " + columns.keySet()
                    + " and " + other.columns.keySet());
        }
        Map<String, ColumnProfile> merged = new LinkedHashMap<>();
        columns.forEach((name, column) -> merged.put(name, column.merge(other.columns.get(name))));
        return new DatasetProfile(rows + other.rows, merged, true);
    }

    /** @return the number of data rows */
    public long rows() {
        return rows;
    }

    /** @return the column profiles by name, in column order */
    public Map<String, ColumnProfile> columns() {
        return columns;
    }

    /**
     * Returns one column's profile.
     *
     * @param name the column
     * @return its profile
     * @throws IllegalArgumentException when the column was not profiled
     */
    public ColumnProfile column(final String name) {
        ColumnProfile column = columns.get(name);
        if (column == null) {
            throw new IllegalArgumentException("Column '" + name + "' was not profiled; profiled: " + columns.keySet());
        }
        return column;
    }
}
