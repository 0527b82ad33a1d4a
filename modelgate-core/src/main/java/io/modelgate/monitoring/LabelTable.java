package io.modelgate.monitoring;

import io.modelgate.data.CsvFormat;
import io.modelgate.data.CsvReader;
import io.modelgate.data.DataFormatException;
import io.modelgate.data.Fingerprint;
import io.modelgate.data.Row;
import io.modelgate.data.Values;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The late labels, held in memory keyed for the join: one entry per distinct key with its target (a class label, or
 * a number for a regression) and the CSV line it came from. Memory grows with the labels (about 100 bytes per label
 * with its key string), never with the log; a repeated key keeps its first label and is counted.
 */
public final class LabelTable {
    private final KeyIndex keys = new KeyIndex();
    private final Map<String, String> classes = new HashMap<>();
    private final Path file;
    private String[] labels = new String[1024];
    private double[] numbers = new double[1024];
    private long[] lines = new long[1024];
    private final BitSet matched = new BitSet();
    private long duplicates;
    private long missingKeys;
    private Fingerprint fingerprint;

    private LabelTable(final Path file) {
        this.file = file;
    }

    /**
     * Reads a labels file.
     *
     * @param file the CSV file
     * @param format its dialect
     * @param keyColumn the column that joins a label to a logged prediction
     * @param targetColumn the column of the true value
     * @param numeric whether targets are numbers (regression) rather than class labels
     * @return the table
     * @throws IOException when the file cannot be read
     * @throws DataFormatException when a column is missing or a numeric target does not parse (file, line, column)
     */
    public static LabelTable read(
            final Path file,
            final CsvFormat format,
            final String keyColumn,
            final String targetColumn,
            final boolean numeric)
            throws IOException {
        LabelTable table = new LabelTable(file);
        try (CsvReader reader = CsvReader.open(file, format)) {
            int key = column(file, reader.header(), keyColumn, "--key");
            int target = column(file, reader.header(), targetColumn, "--target");
            Row row;
            while ((row = reader.next()) != null) {
                table.add(row, key, target, numeric);
            }
            table.fingerprint = reader.fingerprint();
        }
        return table;
    }

    private static int column(final Path file, final List<String> header, final String name, final String flag) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new DataFormatException(
                    file, 1, 0, flag + " column '" + name + "' is not in the header " + String.join(",", header));
        }
        return index;
    }

    private void add(final Row row, final int keyField, final int targetField, final boolean numeric) {
        String key = row.get(keyField);
        if (key.isEmpty()) {
            missingKeys++;
            return;
        }
        int index = keys.add(key);
        if (index < 0) {
            duplicates++;
            return;
        }
        if (index == labels.length) {
            labels = java.util.Arrays.copyOf(labels, index * 2);
            numbers = java.util.Arrays.copyOf(numbers, index * 2);
            lines = java.util.Arrays.copyOf(lines, index * 2);
        }
        String target = row.get(targetField);
        if (numeric) {
            Double value = Values.parseDouble(target);
            if (value == null || !Double.isFinite(value)) {
                throw new DataFormatException(
                        file, row.line(), targetField + 1, "target '" + target + "' is not a number");
            }
            numbers[index] = value;
        } else {
            labels[index] = classes.computeIfAbsent(target, text -> text);
        }
        lines[index] = row.line();
    }

    /**
     * Finds the label of a key and marks it used.
     *
     * @param key the key of a logged prediction
     * @return the label's index; −1 when no label has the key; {@code −index − 2} when it was already used
     */
    int claim(final String key) {
        int index = keys.find(key);
        if (index < 0) {
            return -1;
        }
        if (matched.get(index)) {
            return -index - 2;
        }
        matched.set(index);
        return index;
    }

    String label(final int index) {
        return labels[index];
    }

    double number(final int index) {
        return numbers[index];
    }

    /** @return the distinct keys */
    public int size() {
        return keys.size();
    }

    /** @return labels whose key repeated an earlier one (ignored) */
    public long duplicates() {
        return duplicates;
    }

    /** @return rows with an empty key (ignored) */
    public long missingKeys() {
        return missingKeys;
    }

    /** @return labels that no logged prediction claimed */
    public long unmatched() {
        return keys.size() - matched.cardinality();
    }

    /**
     * Lists the first labels no prediction claimed.
     *
     * @param limit how many at most
     * @return {@code key (line N)} texts
     */
    public List<String> unmatchedExamples(final int limit) {
        List<String> examples = new ArrayList<>();
        for (int i = matched.nextClearBit(0);
                i < keys.size() && examples.size() < limit;
                i = matched.nextClearBit(i + 1)) {
            examples.add(keys.key(i) + " (line " + lines[i] + ")");
        }
        return examples;
    }

    /** @return the file's fingerprint */
    public Fingerprint fingerprint() {
        return fingerprint;
    }

    /** @return the labels file */
    public Path file() {
        return file;
    }
}
