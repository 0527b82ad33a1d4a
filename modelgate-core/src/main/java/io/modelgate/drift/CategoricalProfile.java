package io.modelgate.drift;

import io.modelgate.data.ColumnType;
import io.modelgate.data.Values;
import io.modelgate.statistics.CategoryCounts;
import java.util.Map;

/**
 * The summary of a non-numeric column: exact frequency counts of its values, for at most a cap of distinct values
 * (default {@value io.modelgate.statistics.CategoryCounts#DEFAULT_CAP}), with later new values counted as "other".
 * Booleans are normalised to {@code true}/{@code false} first; other types are counted as written.
 */
public final class CategoricalProfile implements ColumnProfile {
    private final String name;
    private final ColumnType type;
    private final CategoryCounts counts;
    private long missing;
    private long invalid;

    CategoricalProfile(final String name, final ColumnType type, final int maxCategories) {
        this(name, type, new CategoryCounts(maxCategories), 0, 0);
    }

    private CategoricalProfile(
            final String name,
            final ColumnType type,
            final CategoryCounts counts,
            final long missing,
            final long invalid) {
        this.name = name;
        this.type = type;
        this.counts = counts;
        this.missing = missing;
        this.invalid = invalid;
    }

    void accept(final String text) {
        if (Values.isMissing(text)) {
            missing++;
        } else if (type == ColumnType.BOOLEAN) {
            Boolean value = Values.parseBoolean(text);
            if (value == null) {
                invalid++;
            } else {
                counts.add(value ? "true" : "false");
            }
        } else {
            counts.add(text);
        }
    }

    @Override
    public CategoricalProfile merge(final ColumnProfile other) {
        ColumnProfile.requireSameColumn(this, other);
        CategoricalProfile that = (CategoricalProfile) other;
        return new CategoricalProfile(
                name, type, counts.merged(that.counts), missing + that.missing, invalid + that.invalid);
    }

    @Override
    public CategoricalProfile copy() {
        return merge(new CategoricalProfile(name, type, Integer.MAX_VALUE));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public long count() {
        return counts.total();
    }

    @Override
    public long missing() {
        return missing;
    }

    @Override
    public long invalid() {
        return invalid;
    }

    /** @return the counts per category, most frequent first */
    public Map<String, Long> counts() {
        return counts.counts();
    }

    /** @return the number of values of categories beyond the cap */
    public long other() {
        return counts.other();
    }
}
