package io.modelgate.scoring;

import io.modelgate.data.CsvReader;
import io.modelgate.data.Row;

/** A block of consecutive CSV rows copied out of the reader, so that another thread can score them. */
final class RowChunk {
    private final long[] lines;
    private final String[][] values;
    private final int size;

    private RowChunk(final long[] lines, final String[][] values, final int size) {
        this.lines = lines;
        this.values = values;
        this.size = size;
    }

    /**
     * Reads up to {@code capacity} rows.
     *
     * @return the chunk, or {@code null} when the reader has no more rows
     */
    static RowChunk read(final CsvReader reader, final int capacity) {
        long[] lines = new long[capacity];
        String[][] values = new String[capacity][];
        int size = 0;
        Row row;
        while (size < capacity && (row = reader.next()) != null) {
            lines[size] = row.line();
            values[size] = row.values();
            size++;
        }
        return size == 0 ? null : new RowChunk(lines, values, size);
    }

    int size() {
        return size;
    }

    long line(final int row) {
        return lines[row];
    }

    String[] values(final int row) {
        return values[row];
    }
}
