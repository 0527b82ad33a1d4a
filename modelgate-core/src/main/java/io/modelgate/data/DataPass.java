package io.modelgate.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Reads a CSV file once, from start to end, and feeds every row to several consumers; returns the file's
 * fingerprint. Memory stays constant whatever the file's size: only the consumers keep state.
 */
public final class DataPass {
    private final Path file;
    private final CsvFormat format;
    private LongConsumer progress = bytes -> {};
    private long progressEvery = 1 << 16;

    /**
     * Prepares a pass over a file.
     *
     * @param file the CSV file
     * @param format its dialect
     */
    public DataPass(final Path file, final CsvFormat format) {
        this.file = file;
        this.format = format;
    }

    /**
     * Sets a listener told, every few thousand rows, how many bytes of the file have been read.
     *
     * @param listener receives the bytes read so far
     * @return this pass
     */
    public DataPass withProgress(final LongConsumer listener) {
        this.progress = listener;
        this.progressEvery = 1 << 14;
        return this;
    }

    /**
     * Reads the whole file.
     *
     * @param consumers what learns from the rows
     * @return the fingerprint of the file
     * @throws IOException when the file cannot be read
     * @throws DataFormatException when it is malformed
     */
    public Fingerprint run(final List<? extends RowConsumer> consumers) throws IOException {
        try (CsvReader reader = CsvReader.open(file, format)) {
            for (RowConsumer consumer : consumers) {
                consumer.start(reader.header());
            }
            Row row;
            long count = 0;
            while ((row = reader.next()) != null) {
                for (RowConsumer consumer : consumers) {
                    consumer.accept(row);
                }
                if (++count % progressEvery == 0) {
                    progress.accept(reader.consumed());
                }
            }
            progress.accept(reader.size());
            return reader.fingerprint();
        }
    }
}
