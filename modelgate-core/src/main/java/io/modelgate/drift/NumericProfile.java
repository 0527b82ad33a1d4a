package io.modelgate.drift;

import io.modelgate.data.ColumnType;
import io.modelgate.data.Values;
import io.modelgate.statistics.Moments;
import io.modelgate.statistics.QuantileSketch;
import io.modelgate.statistics.ValueCounts;

/**
 * The summary of a numeric column: a KLL quantile sketch, moments, and exact counts of its distinct values while it
 * has at most {@value #DISTINCT_CAP}. NaN counts as missing; infinities and unparseable text count as invalid and
 * are skipped, since no distance between distributions can place them.
 */
public final class NumericProfile implements ColumnProfile {
    /** Distinct values counted exactly; a column with at most this many is binned one bin per value. */
    public static final int DISTINCT_CAP = 20;

    private final String name;
    private final ColumnType type;
    private final boolean integerOnly;
    private QuantileSketch sketch;
    private Moments moments;
    private ValueCounts distinct;
    private long missing;
    private long invalid;

    NumericProfile(final String name, final ColumnType type, final int sketchK) {
        this(name, type, new QuantileSketch(sketchK), new Moments(), new ValueCounts(DISTINCT_CAP), 0, 0);
    }

    private NumericProfile(
            final String name,
            final ColumnType type,
            final QuantileSketch sketch,
            final Moments moments,
            final ValueCounts distinct,
            final long missing,
            final long invalid) {
        this.name = name;
        this.type = type;
        this.integerOnly = type == ColumnType.INTEGER;
        this.sketch = sketch;
        this.moments = moments;
        this.distinct = distinct;
        this.missing = missing;
        this.invalid = invalid;
    }

    void accept(final String text) {
        double value = DecimalParser.parse(text, integerOnly);
        if (Double.isNaN(value)) {
            if (Values.isMissing(text)) {
                missing++;
                return;
            }
            value = parseSlowly(text);
            if (Double.isNaN(value)) {
                return;
            }
        }
        sketch.update(value);
        moments.add(value);
        distinct.add(value);
    }

    private double parseSlowly(final String text) {
        Number number;
        if (integerOnly) {
            number = Values.parseInteger(text);
        } else {
            number = Values.parseDouble(text);
        }
        if (number == null || Double.isInfinite(number.doubleValue())) {
            invalid++;
            return Double.NaN;
        }
        if (Double.isNaN(number.doubleValue())) {
            missing++;
        }
        return number.doubleValue();
    }

    @Override
    public NumericProfile merge(final ColumnProfile other) {
        ColumnProfile.requireSameColumn(this, other);
        NumericProfile that = (NumericProfile) other;
        return new NumericProfile(
                name,
                type,
                sketch.merged(that.sketch),
                moments.merged(that.moments),
                distinct.merged(that.distinct),
                missing + that.missing,
                invalid + that.invalid);
    }

    @Override
    public NumericProfile copy() {
        return new NumericProfile(name, type, sketch.copy(), moments(), distinctValues(), missing, invalid);
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
        return moments.count();
    }

    @Override
    public long missing() {
        return missing;
    }

    @Override
    public long invalid() {
        return invalid;
    }

    /** @return a copy of the quantile sketch of the values */
    public QuantileSketch sketch() {
        return sketch.copy();
    }

    QuantileSketch sketchView() {
        return sketch;
    }

    /** @return the count, mean, standard deviation, minimum and maximum of the values */
    public Moments moments() {
        return moments.merged(new Moments());
    }

    /** @return the exact counts of the distinct values, overflowed when there are more than the cap */
    public ValueCounts distinctValues() {
        return distinct.merged(new ValueCounts(DISTINCT_CAP));
    }
}
