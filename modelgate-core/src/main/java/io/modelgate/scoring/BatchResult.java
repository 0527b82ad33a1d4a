package io.modelgate.scoring;

import io.modelgate.data.Fingerprint;
import java.util.List;

/**
 * The outcome of scoring a CSV file: how many rows, which columns were written, and which input columns the model
 * did not read.
 *
 * @param rows the number of rows scored
 * @param columns the columns of the output file
 * @param ignoredColumns the input columns the model does not read
 * @param input the fingerprint of the input file
 */
public record BatchResult(long rows, List<String> columns, List<String> ignoredColumns, Fingerprint input) {
    /**
     * Creates a result.
     *
     * @param rows the number of rows scored
     * @param columns the columns of the output file
     * @param ignoredColumns the input columns the model does not read
     * @param input the fingerprint of the input file
     */
    public BatchResult {
        columns = List.copyOf(columns);
        ignoredColumns = List.copyOf(ignoredColumns);
    }
}
