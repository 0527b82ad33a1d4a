package io.modelgate.cli.validation;

import io.modelgate.data.ColumnType;
import io.modelgate.data.CsvFormat;
import io.modelgate.data.CsvReader;
import io.modelgate.data.Row;
import io.modelgate.validation.Schema;
import io.modelgate.validation.SchemaInference;
import io.modelgate.validation.ValidationOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Decides which columns drift is measured on without a schema: types sniffed in the reference's first rows, and
 * dates, identifiers and personal data left out (with a schema, {@link Schema#driftColumns()} decides).
 */
final class DriftPlan {
    private static final int SNIFFED_ROWS = 10_000;

    private DriftPlan() {}

    /** Sniffs types from the first rows of a file; id-like columns whose values never repeat are left out. */
    static Map<String, ColumnType> sniff(final Path reference, final CsvFormat format) throws IOException {
        try (var inference = new SchemaInference(ValidationOptions.DEFAULTS);
                CsvReader reader = CsvReader.open(reference, format)) {
            inference.start(reader.header());
            Row row;
            int rows = 0;
            while (rows++ < SNIFFED_ROWS && (row = reader.next()) != null) {
                inference.accept(row);
            }
            return inference.driftColumns();
        }
    }

    static List<String> names(final Map<String, ColumnType> columns) {
        return List.copyOf(columns.keySet());
    }
}
