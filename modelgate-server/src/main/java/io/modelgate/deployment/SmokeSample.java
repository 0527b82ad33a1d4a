package io.modelgate.deployment;

import io.modelgate.data.CsvReader;
import io.modelgate.data.DataFormatException;
import io.modelgate.data.Row;
import io.modelgate.data.Values;
import io.modelgate.report.AtomicFiles;
import io.modelgate.scoring.ModelField;
import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first rows of a sample CSV, read twice over: as JSON records for the service (values typed by the model's
 * input fields, empty fields as {@code null}) and as a CSV of exactly those rows for the model's own batch scoring.
 *
 * @param records one JSON-ready record per row
 * @param lines the 1-based line of each row in the sample
 * @param header the sample's header
 * @param rows the raw fields of each row, for the batch scorer
 * @param sha256 the sample file's SHA-256 (of the whole file)
 */
public record SmokeSample(
        List<Map<String, Object>> records,
        List<Long> lines,
        List<String> header,
        List<List<String>> rows,
        String sha256) {
    /**
     * Reads up to {@code limit} rows.
     *
     * @param file the sample CSV, with every input column of the model
     * @param model the model
     * @param limit the most rows to read
     * @return the sample
     * @throws IOException when the file cannot be read
     * @throws DataFormatException when a column is missing or a value does not fit its field's type
     */
    public static SmokeSample read(final Path file, final PmmlModel model, final int limit) throws IOException {
        List<Map<String, Object>> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(file)) {
            List<String> header = reader.header();
            List<ModelField> fields = model.inputFields();
            int[] columns = columns(file, header, fields);
            for (Row row; records.size() < limit && (row = reader.next()) != null; ) {
                Map<String, Object> record = new LinkedHashMap<>();
                List<String> raw = new ArrayList<>(header.size());
                for (int i = 0; i < header.size(); i++) {
                    raw.add(row.get(i));
                }
                for (int f = 0; f < fields.size(); f++) {
                    record.put(fields.get(f).name(), value(file, row, columns[f], fields.get(f)));
                }
                records.add(record);
                lines.add(row.line());
                rows.add(raw);
            }
            while (reader.next() != null) {
                // read to the end for the file's fingerprint
            }
            return new SmokeSample(
                    records, lines, header, rows, reader.fingerprint().sha256());
        }
    }

    private static int[] columns(final Path file, final List<String> header, final List<ModelField> fields) {
        int[] columns = new int[fields.size()];
        List<String> missing = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            columns[f] = header.indexOf(fields.get(f).name());
            if (columns[f] < 0) {
                missing.add(fields.get(f).name());
            }
        }
        if (!missing.isEmpty()) {
            throw new DataFormatException(
                    file.toString(), 1, 0, "the sample lacks the model's input columns " + String.join(", ", missing));
        }
        return columns;
    }

    private static Object value(final Path file, final Row row, final int column, final ModelField field) {
        String text = row.get(column);
        if (text == null || Values.isMissing(text)) {
            return null;
        }
        Object value =
                switch (field.dataType()) {
                    case "integer" -> Values.parseInteger(text);
                    case "float", "double" -> Values.parseDouble(text);
                    case "boolean" -> Values.parseBoolean(text);
                    default -> text;
                };
        if (value == null) {
            throw new DataFormatException(
                    file.toString(),
                    row.line(),
                    column + 1,
                    "'" + text + "' in column '" + field.name() + "' is not a valid " + field.dataType());
        }
        return value;
    }

    /**
     * Writes exactly the sampled rows as a CSV (every field quoted), for the batch scorer.
     *
     * @param target the file
     * @throws IOException when it cannot be written
     */
    public void writeCsv(final Path target) throws IOException {
        StringBuilder csv = new StringBuilder();
        csv.append(quoted(header)).append('\n');
        for (List<String> row : rows) {
            csv.append(quoted(row)).append('\n');
        }
        AtomicFiles.write(target, out -> out.write(csv.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String quoted(final List<String> fields) {
        List<String> quoted = new ArrayList<>(fields.size());
        for (String field : fields) {
            quoted.add("\"" + (field == null ? "" : field.replace("\"", "\"\"")) + "\"");
        }
        return String.join(",", quoted);
    }
}
