package io.modelgate.data;

import java.nio.file.Path;

/**
 * Malformed input: says which file, and where in it, could not be read. Line and column are 1-based; a column of 0
 * means the problem concerns the whole line, a line of 0 the whole file.
 */
public class DataFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final long column;

    /**
     * Creates an exception for a position in a file.
     *
     * @param file the file that is malformed
     * @param line the 1-based line, or 0 for the whole file
     * @param column the 1-based character column, or 0 for the whole line
     * @param problem what is wrong, as one sentence without the position
     */
    public DataFormatException(final Path file, final long line, final long column, final String problem) {
        this(file.toString(), line, column, problem);
    }

    /**
     * Creates an exception for a position in a named input.
     *
     * @param file the name of the input that is malformed
     * @param line the 1-based line, or 0 for the whole input
     * @param column the 1-based character column, or 0 for the whole line
     * @param problem what is wrong, as one sentence without the position
     */
    public DataFormatException(final String file, final long line, final long column, final String problem) {
        super(position(file, line, column) + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    private static String position(final String file, final long line, final long column) {
        if (line <= 0) {
            return file;
        }
        if (column <= 0) {
            return file + ":" + line;
        }
        return file + ":" + line + ":" + column;
    }

    public String getFile() {
        return file;
    }

    public long getLine() {
        return line;
    }

    public long getColumn() {
        return column;
    }
}
