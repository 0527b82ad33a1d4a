package io.modelgate.validation;

import io.modelgate.data.ColumnType;
import io.modelgate.data.TemporalFormat;
import io.modelgate.data.Values;
import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the values of one column against its schema as rows stream past: parses each value once by the column's
 * type, tallies violations of type, range, allowed values, pattern and uniqueness, and keeps summary statistics.
 */
final class ColumnChecker implements AutoCloseable {
    private final String name;
    private final ColumnSchema schema;
    private final ColumnType type;
    private final TemporalFormat temporal;
    private final double lower;
    private final double upper;
    private final boolean ranged;
    private final Set<String> allowed;
    private final Matcher matcher;
    private final DuplicateFinder duplicates;
    private final UnaryOperator<String> display;
    private final ColumnStatistics statistics;
    private final Violations typeViolations;
    private final Violations rangeViolations;
    private final Violations allowedViolations;
    private final Violations patternViolations;
    private long typed;
    private long present;

    ColumnChecker(
            final String name,
            final ColumnSchema schema,
            final ValidationOptions options,
            final UnaryOperator<String> display) {
        this.name = name;
        this.schema = schema;
        this.type = schema.columnType();
        this.temporal = type == ColumnType.DATE || type == ColumnType.TIMESTAMP
                ? TemporalFormat.of(type, schema.format())
                : null;
        this.lower = schema.lowerBound();
        this.upper = schema.upperBound();
        this.ranged = schema.min() != null || schema.max() != null;
        this.allowed = schema.allowed() == null ? null : new HashSet<>(schema.allowed());
        this.matcher = schema.pattern() == null
                ? null
                : Pattern.compile(schema.pattern()).matcher("");
        this.duplicates = schema.isUnique() ? new DuplicateFinder(options.duplicateBufferEntries()) : null;
        this.display = display;
        this.statistics = new ColumnStatistics(!type.isNumeric() && temporal == null);
        int examples = options.maxExamples();
        this.typeViolations = new Violations(examples, display);
        this.rangeViolations = new Violations(examples, display);
        this.allowedViolations = new Violations(examples, display);
        this.patternViolations = new Violations(examples, display);
    }

    /** Parses a value as a number by the column's type; null when it is not of the type or has no order. */
    private Double numeric(final String value) {
        return switch (type) {
            case INTEGER -> {
                Long parsed = Values.parseInteger(value);
                yield parsed == null ? null : parsed.doubleValue();
            }
            case DOUBLE -> Values.parseDouble(value);
            case DATE, TIMESTAMP -> {
                Long epoch = temporal.toEpoch(value);
                yield epoch == null ? null : epoch.doubleValue();
            }
            default -> null;
        };
    }

    void accept(final String value, final long line) {
        if (Values.isMissing(value)) {
            statistics.missing();
            return;
        }
        present++;
        if (type == ColumnType.STRING || type == ColumnType.BOOLEAN) {
            if (type == ColumnType.BOOLEAN && Values.parseBoolean(value) == null) {
                typeViolations.add(line, value);
                statistics.invalid();
                return;
            }
            statistics.text(value);
        } else {
            Double number = numeric(value);
            if (number == null) {
                typeViolations.add(line, value);
                statistics.invalid();
                return;
            }
            statistics.number(number, value);
            if (ranged && !(number >= lower && number <= upper)) {
                rangeViolations.add(line, value);
            }
        }
        typed++;
        if (allowed != null && !allowed.contains(value)) {
            allowedViolations.add(line, value);
        }
        if (matcher != null && !matcher.reset(value).matches()) {
            patternViolations.add(line, value);
        }
        if (duplicates != null) {
            duplicates.add(Hashes.of(value), line);
        }
    }

    List<Check> checks(final int maxExamples) {
        List<Check> checks = new ArrayList<>();
        long rows = statistics.rows();
        if (type != ColumnType.STRING) {
            // every value is a string, so that check could never fail
            checks.add(share(
                    ConstraintKind.TYPE,
                    typeViolations,
                    present,
                    "are " + type.label() + "s" + (schema.format() != null ? " in format " + schema.format() : "")));
        }
        if (schema.completeness() != null) {
            checks.add(completeness(rows));
        }
        if (ranged) {
            checks.add(share(
                    ConstraintKind.RANGE,
                    rangeViolations,
                    typed,
                    "lie in [" + (schema.min() == null ? "-inf" : schema.min()) + ", "
                            + (schema.max() == null ? "+inf" : schema.max()) + "]"));
        }
        if (allowed != null) {
            checks.add(share(
                    ConstraintKind.ALLOWED, allowedViolations, typed, "are one of " + shortList(schema.allowed())));
        }
        if (matcher != null) {
            checks.add(share(ConstraintKind.PATTERN, patternViolations, typed, "match /" + schema.pattern() + "/"));
        }
        if (duplicates != null) {
            checks.add(uniqueness(maxExamples));
        }
        return checks;
    }

    private static String shortList(final List<String> values) {
        List<String> shown = values.size() > 8 ? values.subList(0, 8) : values;
        return "{" + String.join(", ", shown) + (values.size() > 8 ? ", ... (" + values.size() + " values)" : "") + "}";
    }

    private Check share(
            final ConstraintKind kind, final Violations violations, final long applicable, final String rule) {
        String checkName = kind.checkName(name);
        double mostly = schema.mostlyShare();
        String expected = (mostly >= 1.0 ? "all values " : "at least " + Percent.of(mostly) + " of values ") + rule;
        if (applicable == 0) {
            return Check.of(
                    checkName,
                    GateStatus.INACTIVE,
                    "no values",
                    expected,
                    "Column '" + name + "' has no values to check, so nothing shows that they " + rule + ".");
        }
        long bad = violations.count();
        double badShare = (double) bad / applicable;
        String actual = bad + " of " + applicable + " values (" + Percent.of(badShare) + ") do not";
        if (1.0 - badShare >= mostly) {
            String message = bad == 0
                    ? "Column '" + name + "': all " + applicable + " values " + rule + "."
                    : "Column '" + name + "': " + actual + ", within mostly " + mostly + "; " + violations.lines()
                            + ".";
            return new Check(checkName, GateStatus.PASSED, actual, expected, message, violations.examples());
        }
        String message = "Column '" + name + "': expected " + expected + ", but " + actual + "; first at "
                + violations.lines() + ".";
        return new Check(checkName, schema.violationStatus(), actual, expected, message, violations.examples());
    }

    private Check completeness(final long rows) {
        String checkName = ConstraintKind.COMPLETENESS.checkName(name);
        double required = schema.completeness();
        long filled = rows - statistics.missingCount();
        double share = rows == 0 ? 0 : (double) filled / rows;
        String actual = Percent.of(share) + " present (" + statistics.missingCount() + " of " + rows + " missing)";
        String expected = "at least " + Percent.of(required) + " present";
        if (share >= required) {
            return Check.of(
                    checkName,
                    GateStatus.PASSED,
                    actual,
                    expected,
                    "Column '" + name + "' has a value in " + Percent.of(share) + " of rows.");
        }
        return Check.of(
                checkName,
                schema.violationStatus(),
                actual,
                expected,
                "Column '" + name + "' has a value in only " + Percent.of(share) + " of " + rows + " rows; expected "
                        + expected + ".");
    }

    private Check uniqueness(final int maxExamples) {
        String checkName = ConstraintKind.UNIQUE.checkName(name);
        DuplicateFinder.Result result = duplicates.finish(maxExamples);
        long repeated = result.count();
        String expected = schema.mostlyShare() >= 1.0
                ? "no repeated values"
                : "at least " + Percent.of(schema.mostlyShare()) + " of values unique";
        String actual = repeated + " of " + typed + " values repeat an earlier value";
        List<Check.Example> examples = result.first().stream()
                .map(duplicate -> new Check.Example(duplicate.line(), "same as line " + duplicate.firstLine()))
                .toList();
        if (typed == 0 || 1.0 - (double) repeated / typed >= schema.mostlyShare()) {
            return new Check(
                    checkName, GateStatus.PASSED, actual, expected, "Column '" + name + "': " + actual + ".", examples);
        }
        String lines = examples.stream()
                .map(example -> example.line() + " (" + example.value() + ")")
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return new Check(
                checkName,
                schema.violationStatus(),
                actual,
                expected,
                "Column '" + name + "': expected " + expected + ", but " + actual + "; first at lines " + lines + ".",
                examples);
    }

    ColumnSummary summary() {
        return statistics.summary(name, type.label(), display);
    }

    @Override
    public void close() {
        if (duplicates != null) {
            duplicates.close();
        }
    }
}
