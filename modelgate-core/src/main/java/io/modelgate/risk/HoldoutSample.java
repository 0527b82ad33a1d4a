package io.modelgate.risk;

import io.modelgate.data.CsvReader;
import io.modelgate.data.DataFormatException;
import io.modelgate.data.Row;
import io.modelgate.data.Values;
import io.modelgate.scoring.ModelField;
import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first rows of a holdout as the model's raw inputs (strings, {@code null} when missing), in the order of the
 * model's input fields; what latency and robustness are measured on.
 *
 * @param fields the model's input fields
 * @param rows the input values per row, aligned with {@code fields}
 */
public record HoldoutSample(List<ModelField> fields, List<String[]> rows) {
    /**
     * Creates a sample.
     *
     * @param fields the model's input fields
     * @param rows the input values per row
     */
    public HoldoutSample {
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
    }

    /**
     * Reads the first rows of a holdout.
     *
     * @param model the model whose inputs to read
     * @param holdout the CSV file
     * @param maximumRows the most rows to read, at least 1
     * @return the sample
     * @throws IOException when the file cannot be read
     * @throws DataFormatException when an input column is missing
     */
    public static HoldoutSample read(final PmmlModel model, final Path holdout, final int maximumRows)
            throws IOException {
        List<ModelField> fields = model.inputFields();
        try (CsvReader reader = CsvReader.open(holdout)) {
            int[] columns = new int[fields.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = reader.header().indexOf(fields.get(i).name());
                if (columns[i] < 0) {
                    throw new DataFormatException(
                            holdout.toString(),
                            1,
                            0,
                            "the model's input '" + fields.get(i).name() + "' is missing");
                }
            }
            List<String[]> rows = new ArrayList<>();
            for (Row row; rows.size() < maximumRows && (row = reader.next()) != null; ) {
                String[] values = new String[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    String value = row.get(columns[i]);
                    values[i] = Values.isMissing(value) ? null : value;
                }
                rows.add(values);
            }
            return new HoldoutSample(fields, rows);
        }
    }

    /**
     * Returns one row as the model's arguments.
     *
     * @param values the input values, aligned with {@code fields}
     * @return the values by field name
     */
    public Map<String, Object> arguments(final String[] values) {
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            arguments.put(fields.get(i).name(), values[i]);
        }
        return arguments;
    }
}
