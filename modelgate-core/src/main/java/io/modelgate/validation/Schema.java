package io.modelgate.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelgate.data.ColumnType;
import io.modelgate.drift.DriftMethod;
import io.modelgate.drift.DriftOptions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a dataset must look like: its columns with their types and constraints, dataset-level constraints, and drift
 * settings. Read from YAML or JSON by {@link SchemaReader}; written for a person to edit by {@link SchemaInference}.
 *
 * @param columns the columns by name, in the order they are declared
 * @param dataset dataset-level constraints
 * @param drift drift settings
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Schema(Map<String, ColumnSchema> columns, DatasetRules dataset, DriftSettings drift) {
    /**
     * Fills in the defaults.
     *
     * @param columns the columns by name
     * @param dataset dataset-level constraints
     * @param drift drift settings
     */
    public Schema {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("a schema declares at least one column under 'columns'");
        }
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        dataset = dataset == null ? DatasetRules.DEFAULTS : dataset;
        drift = drift == null ? DriftSettings.DEFAULTS : drift;
    }

    /**
     * Chooses the columns drift is measured on: every declared column but identifiers (unique columns), personal
     * data and dates, unless the column's entry asks for drift. New ids, new people and new dates are what new data
     * is made of, not drift. Dates asked for are compared as categories.
     *
     * @return the columns and the types to profile them as, in schema order
     */
    public Map<String, ColumnType> driftColumns() {
        Map<String, ColumnType> chosen = new LinkedHashMap<>();
        for (Map.Entry<String, ColumnSchema> entry : columns.entrySet()) {
            ColumnSchema column = entry.getValue();
            ColumnType type = column.columnType();
            boolean temporal = type == ColumnType.DATE || type == ColumnType.TIMESTAMP;
            if (column.drift() != null || !(column.isUnique() || column.pii() != null || temporal)) {
                chosen.put(entry.getKey(), temporal ? ColumnType.STRING : type);
            }
        }
        return chosen;
    }

    /** @return the drift options of the schema: its drift settings and each column's method and threshold */
    public DriftOptions driftOptions() {
        DriftOptions options = drift.toOptions();
        for (Map.Entry<String, ColumnSchema> entry : columns.entrySet()) {
            ColumnDrift column = entry.getValue().drift();
            if (column != null && column.method() != null) {
                options = options.withMethod(entry.getKey(), DriftMethod.parse(column.method()));
            }
            if (column != null && column.threshold() != null) {
                options = options.withThreshold(entry.getKey(), column.threshold());
            }
        }
        return options;
    }
}
