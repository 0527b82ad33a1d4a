package io.modelgate.risk;

import io.modelgate.data.CsvReader;
import io.modelgate.data.DataFormatException;
import io.modelgate.data.Row;
import io.modelgate.data.Values;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One column of the training framework's own predictions on the holdout, in the holdout's row order, with the line of
 * every value in its file.
 *
 * @param file the CSV file
 * @param column the column read
 * @param values the predictions, one per holdout row
 * @param lines the 1-based line of every prediction in the file
 * @param sha256 the SHA-256 of the file
 */
public record ExpectedPredictions(String file, String column, double[] values, long[] lines, String sha256) {
    /**
     * Reads one column of a predictions CSV that must have exactly one row per holdout row.
     *
     * @param file the CSV file with a header row
     * @param column the column to read, or {@code null} for the first column whose first value is a number
     * @param rows the number of holdout rows
     * @return the predictions
     * @throws IOException when the file cannot be read
     * @throws DataFormatException when the column is missing, a value is not a number or the row count differs
     */
    public static ExpectedPredictions read(final Path file, final String column, final int rows) throws IOException {
        String name = file.toString();
        double[] values = new double[rows];
        long[] lines = new long[rows];
        int count = 0;
        int index = -1;
        try (CsvReader reader = CsvReader.open(file)) {
            List<String> header = reader.header();
            if (column != null) {
                index = header.indexOf(column);
                if (index < 0) {
                    throw new DataFormatException(name, 1, 0, "there is no column '" + column + "' among " + header);
                }
            }
            for (Row row; (row = reader.next()) != null; ) {
                if (index < 0) {
                    index = firstNumber(row, name);
                }
                if (count == rows) {
                    throw new DataFormatException(
                            name, row.line(), 0, "there are more predictions than the holdout's " + rows + " rows");
                }
                Double value = Values.parseDouble(row.get(index));
                if (value == null) {
                    throw new DataFormatException(
                            name,
                            row.line(),
                            index + 1,
                            "'" + row.get(index) + "' in column '" + header.get(index) + "' is not a number");
                }
                values[count] = value;
                lines[count] = row.line();
                count++;
            }
            if (count < rows) {
                throw new DataFormatException(
                        name,
                        count == 0 ? 1 : lines[count - 1],
                        0,
                        "there are " + count + " predictions for the holdout's " + rows + " rows");
            }
            return new ExpectedPredictions(
                    name, header.get(index), values, lines, reader.fingerprint().sha256());
        }
    }

    private static int firstNumber(final Row row, final String name) {
        for (int i = 0; i < row.size(); i++) {
            if (Values.parseDouble(row.get(i)) != null) {
                return i;
            }
        }
        throw new DataFormatException(name, row.line(), 0, "no column holds a number: name the prediction column");
    }
}
