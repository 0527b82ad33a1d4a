package io.modelgate.validation;

import io.modelgate.data.ColumnType;
import io.modelgate.data.DataFormatException;
import io.modelgate.data.Row;
import io.modelgate.data.RowConsumer;
import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import io.modelgate.validation.pii.Masking;
import io.modelgate.validation.pii.PiiChecks;
import io.modelgate.validation.pii.PiiKind;
import io.modelgate.validation.pii.PiiScan;
import io.modelgate.validation.pii.PiiThresholds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Validates one dataset against a schema in a single streaming pass: column checks for every declared column,
 * personal data in every text and integer column (declared or not), dataset-level checks (required and unexpected
 * columns, row count, duplicate rows), and summaries of every column.
 * Memory does not grow with the number of rows: uniqueness and duplicate rows spill to disk past a fixed buffer.
 */
public final class Validator implements RowConsumer, AutoCloseable {
    private final Schema schema;
    private final String dataName;
    private final ValidationOptions options;
    private final List<Check> headerChecks = new ArrayList<>();
    private final Map<String, ColumnChecker> checkers = new LinkedHashMap<>();
    private List<String> header = List.of();
    private ColumnChecker[] byIndex = new ColumnChecker[0];
    private int[] allColumns = new int[0];
    private String[] values = new String[0];
    private DuplicateFinder duplicateRows;
    private PiiScan[] piiScans = new PiiScan[0];
    private long rows;

    /**
     * Creates a validator.
     *
     * @param schema what the data must look like
     * @param dataName the data file's name, for messages
     * @param options how to run
     */
    public Validator(final Schema schema, final String dataName, final ValidationOptions options) {
        this.schema = schema;
        this.dataName = dataName;
        this.options = options;
    }

    @Override
    public void start(final List<String> columns) {
        this.header = List.copyOf(columns);
        this.byIndex = new ColumnChecker[columns.size()];
        for (Map.Entry<String, ColumnSchema> entry : schema.columns().entrySet()) {
            String name = entry.getKey();
            int index = columns.indexOf(name);
            if (index < 0) {
                if (entry.getValue().isRequired()) {
                    throw new DataFormatException(
                            dataName,
                            1,
                            0,
                            "column '" + name + "' that the schema requires is" + " missing from the header ("
                                    + String.join(", ", columns) + ")");
                }
                headerChecks.add(Check.of(
                        ConstraintKind.COLUMN.checkName(name),
                        GateStatus.INACTIVE,
                        "absent",
                        "optional",
                        "Optional column '" + name + "' is not in the data, so its constraints were not checked."));
                continue;
            }
            var checker = new ColumnChecker(name, entry.getValue(), options, display(entry.getValue()));
            checkers.put(name, checker);
            byIndex[index] = checker;
        }
        checkUnexpectedColumns(columns);
        scanForPersonalData(columns);
        allColumns = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            allColumns[i] = i;
        }
        values = new String[columns.size()];
        if (schema.dataset().duplicateRowStatus() != null) {
            duplicateRows = new DuplicateFinder(options.duplicateBufferEntries());
        }
    }

    private static UnaryOperator<String> display(final ColumnSchema column) {
        if (column.pii() == null) {
            return UnaryOperator.identity();
        }
        PiiKind kind = column.pii().piiKind();
        return value -> Masking.mask(kind, value);
    }

    /** Personal data hides in text and in integers (card numbers); doubles, booleans and dates cannot hold it. */
    private void scanForPersonalData(final List<String> columns) {
        piiScans = new PiiScan[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            ColumnSchema column = schema.columns().get(columns.get(i));
            ColumnType type = column == null ? ColumnType.STRING : column.columnType();
            if (type == ColumnType.STRING || type == ColumnType.INTEGER) {
                piiScans[i] = new PiiScan(columns.get(i));
            }
        }
    }

    private List<Check> personalDataChecks() {
        List<Check> checks = new ArrayList<>();
        var thresholds = new PiiThresholds(options.piiMinShare(), PiiThresholds.DEFAULTS.minMatches());
        for (int i = 0; i < piiScans.length; i++) {
            if (piiScans[i] != null) {
                ColumnSchema column = schema.columns().get(header.get(i));
                PiiDeclaration declared = column == null ? null : column.pii();
                checks.add(PiiChecks.check(
                        header.get(i),
                        piiScans[i].findings(thresholds),
                        declared == null ? null : declared.piiKind(),
                        declared == null ? null : declared.basis()));
            }
        }
        return checks;
    }

    private void checkUnexpectedColumns(final List<String> columns) {
        GateStatus status = schema.dataset().unexpectedColumnStatus();
        if (status == null) {
            return;
        }
        Set<String> declared = schema.columns().keySet();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i);
            if (!declared.contains(name)) {
                headerChecks.add(Check.of(
                        ConstraintKind.UNEXPECTED.checkName(name),
                        status,
                        "column " + (i + 1) + " '" + name + "'",
                        "only the columns the schema declares",
                        "Column " + (i + 1) + " '" + name
                                + "' of the header is not declared in the schema; declare it or drop it."));
            }
        }
    }

    @Override
    public void accept(final Row row) {
        acceptColumns(row, allColumns);
        acceptRow(row);
    }

    private void acceptColumns(final Row row, final int[] columns) {
        long line = row.line();
        ColumnChecker[] checkersByIndex = byIndex;
        PiiScan[] scans = piiScans;
        for (int i : columns) {
            String value = row.get(i);
            ColumnChecker checker = checkersByIndex[i];
            if (checker != null) {
                checker.accept(value, line);
            }
            if (scans[i] != null) {
                scans[i].accept(line, value);
            }
        }
    }

    private void acceptRow(final Row row) {
        rows++;
        if (duplicateRows != null) {
            for (int i = 0; i < values.length; i++) {
                values[i] = row.get(i);
            }
            duplicateRows.add(Hashes.ofAll(values, allColumns), row.line());
        }
    }

    /**
     * Splits this validator into consumers that share its work by column, to run on several threads at once (see
     * {@link io.modelgate.data.DataPass}). Each part checks its own columns; the first also checks whole rows. Give
     * all the parts, and not the validator itself, to one pass; then call {@link #finish()} on the validator.
     *
     * @param count how many parts
     * @return the parts
     */
    public List<RowConsumer> parts(final int count) {
        List<RowConsumer> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(new Part(i, count));
        }
        return parts;
    }

    /** One share of the columns of the validator, for one thread. */
    private final class Part implements RowConsumer {
        private final int number;
        private final int count;
        private int[] columns = new int[0];

        Part(final int number, final int count) {
            this.number = number;
            this.count = count;
        }

        @Override
        public void start(final List<String> names) {
            if (number == 0) {
                Validator.this.start(names);
            }
            // columns go round-robin, so that each part gets a similar mix of types
            columns = java.util.stream.IntStream.range(0, names.size())
                    .filter(column -> column % count == number)
                    .toArray();
        }

        @Override
        public void accept(final Row row) {
            acceptColumns(row, columns);
            if (number == 0) {
                acceptRow(row);
            }
        }
    }

    /**
     * Finishes the validation after the last row.
     *
     * @return every check and column summary
     */
    public ValidationReport finish() {
        List<Check> checks = new ArrayList<>();
        for (ColumnChecker checker : checkers.values()) {
            checks.addAll(checker.checks(options.maxExamples()));
        }
        checks.addAll(personalDataChecks());
        checks.addAll(headerChecks);
        checks.add(rowCount());
        if (duplicateRows != null) {
            checks.add(duplicates());
        }
        List<ColumnSummary> summaries = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (byIndex[i] != null) {
                summaries.add(byIndex[i].summary());
            }
        }
        return new ValidationReport(checks, summaries);
    }

    private Check rowCount() {
        RowBounds bounds = schema.dataset().rows();
        if (bounds == null) {
            return Check.of(
                    ConstraintKind.ROWS.prefix(),
                    GateStatus.PASSED,
                    rows + " rows",
                    "any number of rows",
                    "The data has " + rows + " rows; the schema sets no bounds.");
        }
        String expected = "between " + (bounds.min() == null ? 0 : bounds.min()) + " and "
                + (bounds.max() == null ? "any number of" : bounds.max()) + " rows";
        boolean inside =
                (bounds.min() == null || rows >= bounds.min()) && (bounds.max() == null || rows <= bounds.max());
        if (inside) {
            return Check.of(
                    ConstraintKind.ROWS.prefix(),
                    GateStatus.PASSED,
                    rows + " rows",
                    expected,
                    "The data has " + rows + " rows.");
        }
        return Check.of(
                ConstraintKind.ROWS.prefix(),
                GateStatus.FAILED,
                rows + " rows",
                expected,
                "The data has " + rows + " rows; expected " + expected + ".");
    }

    private Check duplicates() {
        DuplicateFinder.Result result = duplicateRows.finish(options.maxExamples());
        List<Check.Example> examples = result.first().stream()
                .map(duplicate -> new Check.Example(duplicate.line(), "same as line " + duplicate.firstLine()))
                .toList();
        String actual = result.count() + " of " + rows + " rows repeat an earlier row";
        if (result.count() == 0) {
            return new Check(
                    ConstraintKind.DUPLICATES.prefix(),
                    GateStatus.PASSED,
                    actual,
                    "no duplicate rows",
                    "No row repeats another.",
                    examples);
        }
        String lines = examples.stream()
                .map(example -> example.line() + " (" + example.value() + ")")
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return new Check(
                ConstraintKind.DUPLICATES.prefix(),
                schema.dataset().duplicateRowStatus(),
                actual,
                "no duplicate rows",
                actual + "; first at lines " + lines + ".",
                examples);
    }

    @Override
    public void close() {
        checkers.values().forEach(ColumnChecker::close);
        if (duplicateRows != null) {
            duplicateRows.close();
        }
    }
}
