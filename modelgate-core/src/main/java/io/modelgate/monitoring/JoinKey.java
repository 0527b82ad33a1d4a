package io.modelgate.monitoring;

/**
 * Where a logged prediction's join key is: an input column (a business key such as an application id) or the
 * request id ({@code requestId#index} for a record of a batch, as logged).
 */
public final class JoinKey {
    private final int column;

    private JoinKey(final int column) {
        this.column = column;
    }

    /** @return the key that is the logged request id */
    public static JoinKey requestId() {
        return new JoinKey(-1);
    }

    /**
     * Uses an input column as the key.
     *
     * @param column the column's index among the columns the log reader keeps
     * @return the key
     */
    public static JoinKey input(final int column) {
        if (column < 0) {
            throw new IllegalArgumentException("An input column index is at least 0, got " + column);
        }
        return new JoinKey(column);
    }

    /**
     * Reads the key of an entry.
     *
     * @param entry the log entry
     * @return the key, or {@code null} when the entry has none
     */
    String of(final LogEntry entry) {
        String value = column < 0 ? entry.requestId() : entry.input(column);
        return value == null || value.isEmpty() ? null : value;
    }
}
