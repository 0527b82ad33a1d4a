package io.modelgate.cli;

import io.modelgate.data.CsvFormat;
import picocli.CommandLine.Option;

/** The dialect of the CSV files a command reads; shared by the commands that read data. */
public final class CsvOptions {
    @Option(
            names = "--delimiter",
            paramLabel = "CHAR",
            defaultValue = ",",
            description = "Field delimiter (default: ${DEFAULT-VALUE}; 'tab' or \\t for tabs).")
    String delimiter;

    /**
     * Returns the dialect.
     *
     * @return RFC 4180 with the chosen delimiter
     * @throws InputException when the delimiter is not one ASCII character (exit code 2)
     */
    public CsvFormat format() {
        try {
            return CsvFormat.RFC_4180.withDelimiter(delimiter);
        } catch (IllegalArgumentException exception) {
            throw new InputException("--delimiter: " + exception.getMessage());
        }
    }
}
