package io.modelgate.scoring;

import io.modelgate.data.DataFormatException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the columns of a CSV header to a model's input fields by name (exact, case-sensitive). Every input field
 * must have a column; columns the model does not read are ignored and listed, so a report can say so.
 */
public final class FieldMapping {
    private final List<String> inputs;
    private final int[] columns;
    private final List<String> ignoredColumns;

    private FieldMapping(final List<String> inputs, final int[] columns, final List<String> ignoredColumns) {
        this.inputs = inputs;
        this.columns = columns;
        this.ignoredColumns = ignoredColumns;
    }

    /**
     * Maps a header to a model's input fields.
     *
     * @param model the model
     * @param header the column names of the CSV file
     * @param file the CSV file, for the error message
     * @return the mapping
     * @throws DataFormatException when input fields have no column; the message names all of them
     */
    public static FieldMapping of(final PmmlModel model, final List<String> header, final String file) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            positions.put(header.get(i), i);
        }
        List<String> inputs = model.inputFields().stream().map(ModelField::name).toList();
        int[] columns = new int[inputs.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Integer position = positions.get(inputs.get(i));
            if (position == null) {
                missing.add(inputs.get(i));
            } else {
                columns[i] = position;
            }
        }
        if (!missing.isEmpty()) {
            throw new DataFormatException(
                    file,
                    1,
                    0,
                    "the model " + model.file() + " needs the input column"
                            + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                            + ", which the header does not have (columns are matched by exact name)");
        }
        List<String> ignored =
                header.stream().filter(name -> !inputs.contains(name)).toList();
        return new FieldMapping(inputs, columns, ignored);
    }

    /** @return the input field names, in the model's order */
    public List<String> inputs() {
        return inputs;
    }

    /**
     * Returns the CSV column that feeds an input field.
     *
     * @param input the index of the input field in {@link #inputs()}
     * @return the 0-based column index
     */
    public int column(final int input) {
        return columns[input];
    }

    /** @return the columns the model does not read, in header order */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }
}
