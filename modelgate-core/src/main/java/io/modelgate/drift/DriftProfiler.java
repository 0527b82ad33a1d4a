package io.modelgate.drift;

import io.modelgate.data.ColumnType;
import io.modelgate.data.Row;
import io.modelgate.data.RowConsumer;
import io.modelgate.statistics.CategoryCounts;
import io.modelgate.statistics.QuantileSketch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Profiles the chosen columns of a dataset while it streams past, for drift analysis: numeric columns (integer,
 * double) into a quantile sketch, moments and distinct-value counts, every other type into frequency counts. Each
 * field is parsed once; missing and invalid values are counted, never profiled. Memory is constant in the number of
 * rows: about {@code 3k} doubles per numeric column and at most the category cap per other column.
 */
public final class DriftProfiler implements RowConsumer {
    private final Map<String, ColumnType> columns;
    private final int sketchK;
    private final int maxCategories;
    private int[] fields = new int[0];
    private NumericProfile[] numeric = new NumericProfile[0];
    private CategoricalProfile[] categorical = new CategoricalProfile[0];
    private long rows;

    /**
     * Creates a profiler with the default sketch size and category cap.
     *
     * @param columns the columns to profile with their types, in the order the report should list them
     */
    public DriftProfiler(final Map<String, ColumnType> columns) {
        this(columns, QuantileSketch.DEFAULT_K, CategoryCounts.DEFAULT_CAP);
    }

    /**
     * Creates a profiler.
     *
     * @param columns the columns to profile with their types
     * @param sketchK the accuracy parameter of the quantile sketches (exact up to this many values)
     * @param maxCategories the largest number of distinct values counted one by one per non-numeric column
     */
    public DriftProfiler(final Map<String, ColumnType> columns, final int sketchK, final int maxCategories) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("No columns to profile for drift");
        }
        this.columns = new LinkedHashMap<>(columns);
        this.sketchK = sketchK;
        this.maxCategories = maxCategories;
    }

    /**
     * Creates profilers that share the columns between them, round-robin, to run on several threads over the same
     * rows; {@link #combine(List)} joins their profiles.
     *
     * @param columns the columns to profile and their types
     * @param count how many profilers, at most one per column
     * @return the profilers
     */
    public static List<DriftProfiler> parts(final Map<String, ColumnType> columns, final int count) {
        List<Map<String, ColumnType>> shares = new java.util.ArrayList<>();
        int parts = Math.max(1, Math.min(count, columns.size()));
        for (int i = 0; i < parts; i++) {
            shares.add(new LinkedHashMap<>());
        }
        int index = 0;
        for (Map.Entry<String, ColumnType> column : columns.entrySet()) {
            shares.get(index++ % parts).put(column.getKey(), column.getValue());
        }
        return shares.stream().map(DriftProfiler::new).toList();
    }

    /**
     * Joins the profiles of profilers that read the same rows but different columns.
     *
     * @param parts the profilers, as made by {@link #parts(Map, int)}, after the pass
     * @return the profile of all their columns
     */
    public static DatasetProfile combine(final List<DriftProfiler> parts) {
        Map<String, ColumnProfile> columns = new LinkedHashMap<>();
        long rows = 0;
        for (DriftProfiler part : parts) {
            DatasetProfile profile = part.profile();
            rows = profile.rows();
            columns.putAll(profile.columns());
        }
        return new DatasetProfile(rows, columns);
    }

    @Override
    public void start(final List<String> header) {
        int size = columns.size();
        fields = new int[size];
        numeric = new NumericProfile[size];
        categorical = new CategoricalProfile[size];
        rows = 0;
        int i = 0;
        for (Map.Entry<String, ColumnType> column : columns.entrySet()) {
            fields[i] = header.indexOf(column.getKey());
            if (fields[i] < 0) {
                throw new IllegalArgumentException(
                        "Column '" + column.getKey() + "' to profile for drift is not in the header " + header);
            }
            if (column.getValue().isNumeric()) {
                numeric[i] = new NumericProfile(column.getKey(), column.getValue(), sketchK);
            } else {
                categorical[i] = new CategoricalProfile(column.getKey(), column.getValue(), maxCategories);
            }
            i++;
        }
    }

    @Override
    public void accept(final Row row) {
        rows++;
        int size = row.size();
        for (int i = 0; i < fields.length; i++) {
            String value = fields[i] < size ? row.get(fields[i]) : "";
            if (numeric[i] != null) {
                numeric[i].accept(value);
            } else {
                categorical[i].accept(value);
            }
        }
    }

    /**
     * Returns the profile of the rows seen so far; later rows do not change it.
     *
     * @return the dataset profile
     * @throws IllegalStateException before {@link #start(List)}
     */
    public DatasetProfile profile() {
        if (fields.length == 0) {
            throw new IllegalStateException("The drift profiler has not been started");
        }
        Map<String, ColumnProfile> profiles = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            ColumnProfile column = numeric[i] != null ? numeric[i] : categorical[i];
            profiles.put(column.name(), column);
        }
        return new DatasetProfile(rows, profiles);
    }
}
