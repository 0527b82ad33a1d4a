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
 * @param engine which engine scored the rows, and why; {@code null} when not recorded
 */
public record BatchResult(
        long rows, List<String> columns, List<String> ignoredColumns, Fingerprint input, EngineReport engine) {
    /**
     * Creates a result.
     *
     * @param rows the number of rows scored
     * @param columns the columns of the output file
     * @param ignoredColumns the input columns the model does not read
     * @param input the fingerprint of the input file
     * @param engine which engine scored the rows, and why; {@code null} when not recorded
     */
    public BatchResult {
        columns = List.copyOf(columns);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /**
     * Creates a result without an engine report.
     *
     * @param rows the number of rows scored
     * @param columns the columns of the output file
     * @param ignoredColumns the input columns the model does not read
     * @param input the fingerprint of the input file
     */
    public BatchResult(
            final long rows, final List<String> columns, final List<String> ignoredColumns, final Fingerprint input) {
        this(rows, columns, ignoredColumns, input, null);
    }
}
