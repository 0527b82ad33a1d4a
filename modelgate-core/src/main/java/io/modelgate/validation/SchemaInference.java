package io.modelgate.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.data.ColumnType;
import io.modelgate.data.Row;
import io.modelgate.data.RowConsumer;
import io.modelgate.validation.pii.LegalBasis;
import io.modelgate.validation.pii.PiiFinding;
import io.modelgate.validation.pii.PiiScan;
import io.modelgate.validation.pii.PiiThresholds;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Infers a schema from data for a person to edit, like TFDV's {@code infer_schema}: the narrowest type every value
 * fits (boolean, integer, double, ISO date, ISO timestamp, else string), completeness rounded down to the percent,
 * the observed range (to widen by hand), allowed values for columns with at most {@value ColumnGuess#MAX_ALLOWED}
 * categories each seen at least ten times, uniqueness for id-like columns whose values never repeat, and a
 * {@code pii} declaration with an empty legal basis (which fails until a person sets it) for personal data. Writes
 * commented YAML that {@link SchemaReader} reads back.
 */
public final class SchemaInference implements RowConsumer, AutoCloseable {
    private static final Pattern ID_LIKE = Pattern.compile("(?i)^id$|_id$|[a-z]Id$");
    private static final ObjectMapper QUOTER = new ObjectMapper();

    private final List<String> header = new ArrayList<>();
    private final List<ColumnGuess> guesses = new ArrayList<>();
    private final List<PiiScan> piiScans = new ArrayList<>();
    private final Map<Integer, DuplicateFinder> idColumns = new TreeMap<>();
    private final ValidationOptions options;
    private long rows;

    /**
     * Creates an inference.
     *
     * @param options buffer sizes for the uniqueness of id-like columns
     */
    public SchemaInference(final ValidationOptions options) {
        this.options = options;
    }

    @Override
    public void start(final List<String> columns) {
        header.addAll(columns);
        for (int i = 0; i < columns.size(); i++) {
            guesses.add(new ColumnGuess());
            piiScans.add(new PiiScan(columns.get(i)));
            if (ID_LIKE.matcher(columns.get(i)).find()) {
                idColumns.put(i, new DuplicateFinder(options.duplicateBufferEntries()));
            }
        }
    }

    @Override
    public void accept(final Row row) {
        rows++;
        for (int i = 0; i < guesses.size(); i++) {
            guesses.get(i).accept(row.get(i));
            piiScans.get(i).accept(row.line(), row.get(i));
        }
        for (Map.Entry<Integer, DuplicateFinder> entry : idColumns.entrySet()) {
            entry.getValue().add(Hashes.of(row.get(entry.getKey())), row.line());
        }
    }

    /**
     * Returns the inferred type of every column, in file order.
     *
     * @return the types by column name
     */
    public Map<String, ColumnType> types() {
        Map<String, ColumnType> types = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            types.put(header.get(i), guesses.get(i).type());
        }
        return types;
    }

    /**
     * Chooses the columns to compare for drift when there is no schema, by the rule of {@link
     * Schema#driftColumns()}: every column but dates, identifiers (id-like names whose values never repeat) and
     * personal data.
     *
     * @return the columns and their inferred types, in file order
     */
    public Map<String, ColumnType> driftColumns() {
        Map<String, ColumnType> chosen = new java.util.LinkedHashMap<>();
        var thresholds = PiiThresholds.ofShare(options.piiMinShare());
        for (int i = 0; i < header.size(); i++) {
            ColumnType type = guesses.get(i).type();
            boolean temporal = type == ColumnType.DATE || type == ColumnType.TIMESTAMP;
            boolean personal = !piiScans.get(i).findings(thresholds).isEmpty();
            if (!temporal && !personal && !isIdentifier(i)) {
                chosen.put(header.get(i), type);
            }
        }
        return chosen;
    }

    private boolean isIdentifier(final int index) {
        DuplicateFinder finder = idColumns.get(index);
        return finder != null && finder.finish(0).count() == 0;
    }

    /**
     * Writes the inferred schema as YAML with comments.
     *
     * @param source the data file's name, for the comment at the top
     * @return the YAML text
     */
    public String toYaml(final String source) {
        var yaml = new StringBuilder();
        yaml.append("# Schema inferred by `modelgate validate --infer-schema` from ")
                .append(source)
                .append(" (")
                .append(rows)
                .append(" rows).\n")
                .append("# Review it: widen the observed min/max to what is plausible, check the allowed values,\n")
                .append("# and declare personal data with its legal basis (pii: {kind: email, basis: consent}).\n")
                .append("columns:\n");
        for (int i = 0; i < header.size(); i++) {
            yaml.append(personalData(i));
        }
        yaml.append("dataset:\n")
                .append("  rows: {min: ")
                .append(Math.max(1, rows / 10))
                .append("}\n")
                .append("  unexpectedColumns: failed\n")
                .append("  duplicateRows: warning\n");
        return yaml.toString();
    }

    /** Writes one column, with a pii declaration and a comment above it when the column holds personal data. */
    private String personalData(final int index) {
        var line = new StringBuilder();
        List<PiiFinding> findings = piiScans.get(index).findings(PiiThresholds.ofShare(options.piiMinShare()));
        String pii = "";
        if (!findings.isEmpty()) {
            PiiFinding finding = findings.get(0);
            line.append("  # personal data: ")
                    .append(finding.kind().noun())
                    .append(" in ")
                    .append(Percent.of(finding.share()))
                    .append(" of values; set the legal basis (")
                    .append(LegalBasis.labels())
                    .append(") or drop the column\n");
            pii = ", pii: {kind: " + finding.kind().label() + ", basis: \"\"}";
        }
        return line.append("  ")
                .append(quote(header.get(index)))
                .append(": {")
                .append(column(index))
                .append(pii)
                .append("}\n")
                .toString();
    }

    private String column(final int index) {
        ColumnGuess guess = guesses.get(index);
        ColumnType type = guess.type();
        List<String> parts = new ArrayList<>();
        parts.add("type: " + type.label());
        if (type == ColumnType.DATE) {
            parts.add("format: yyyy-MM-dd");
        }
        double present = guess.rows() == 0 ? 0 : (double) (guess.rows() - guess.missing()) / guess.rows();
        parts.add("completeness: " + String.format(Locale.ROOT, "%.2f", Math.floor(present * 100) / 100));
        if (type.isNumeric() || type == ColumnType.DATE || type == ColumnType.TIMESTAMP) {
            if (guess.minText() != null) {
                parts.add("min: " + quote(guess.minText()));
                parts.add("max: " + quote(guess.maxText()));
            }
        }
        Set<String> categories = guess.categories();
        if (categories != null && (type == ColumnType.STRING || type == ColumnType.INTEGER)) {
            parts.add("allowed: ["
                    + String.join(
                            ", ",
                            categories.stream()
                                    .sorted()
                                    .map(SchemaInference::quote)
                                    .toList()) + "]");
        }
        if (isIdentifier(index) && guess.missing() == 0) {
            parts.add("unique: true");
        }
        return String.join(", ", parts);
    }

    private static String quote(final String text) {
        try {
            return QUOTER.writeValueAsString(text);
        } catch (JsonProcessingException exception) {
            throw new UncheckedIOException("Cannot quote " + text, exception);
        }
    }

    @Override
    public void close() {
        idColumns.values().forEach(DuplicateFinder::close);
    }
}
