package io.modelgate.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
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
}
