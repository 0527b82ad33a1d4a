package io.modelgate.drift;

import io.modelgate.data.ColumnType;

/** The mergeable summary of one column of a dataset: how many values were profiled, missing or invalid. */
public sealed interface ColumnProfile permits NumericProfile, CategoricalProfile {
    /** @return the column's name */
    String name();

    /** @return the column's declared type */
    ColumnType type();

    /** @return the number of values profiled (present and valid) */
    long count();

    /** @return the number of missing values (empty fields; NaN for numeric columns) */
    long missing();

    /** @return the number of values that did not parse as the column's type, which were skipped */
    long invalid();

    /**
     * Returns the summary of both parts; neither input changes.
     *
     * @param other the same column's profile of another part of the data
     * @return the combined profile
     * @throws IllegalArgumentException when the columns differ in name or type
     */
    ColumnProfile merge(ColumnProfile other);

    /** @return an independent copy of this profile */
    ColumnProfile copy();

    /**
     * Checks that two profiles describe the same column.
     *
     * @param one a profile
     * @param other another profile
     */
    static void requireSameColumn(final ColumnProfile one, final ColumnProfile other) {
        if (!one.name().equals(other.name()) || one.type() != other.type()) {
            throw new IllegalArgumentException("Cannot merge the profile of column '" + one.name() + "' ("
                    + one.type().label() + ") with that of column '" + other.name() + "' ("
                    + other.type().label() + ")");
        }
    }
}
