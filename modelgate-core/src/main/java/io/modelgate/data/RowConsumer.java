package io.modelgate.data;

import java.util.List;

/**
 * Something that learns from the rows of one dataset as they stream past: a validator, a drift profile. Several
 * consumers share one read of the file (see {@link DataPass}).
 */
public interface RowConsumer {
    /**
     * Called once before the first row.
     *
     * @param header the column names, in file order
     */
    void start(List<String> header);

    /**
     * Called for each data row; the row object is reused after the call returns.
     *
     * @param row the row
     */
    void accept(Row row);
}
