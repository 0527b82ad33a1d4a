package io.modelgate.risk;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a {@link ParityCheck}: how many rows are not equivalent, the first of their lines and the largest
 * absolute and relative differences with the line where each occurs.
 *
 * @param file the expected predictions' file
 * @param column the column compared
 * @param rows the rows compared
 * @param failures the rows that are not equivalent
 * @param firstRows the first non-equivalent rows: their line in the expected file, both values
 * @param maxAbsolute the largest |actual − expected|
 * @param maxRelative the largest |actual − expected| / |expected|
 * @param precision the relative tolerance used
 * @param zeroThreshold the zero threshold used
 */
public record ParityResult(
        String file,
        String column,
        int rows,
        int failures,
        List<Check.Example> firstRows,
        Difference maxAbsolute,
        Difference maxRelative,
        double precision,
        double zeroThreshold) {
    /**
     * A largest difference and where it is.
     *
     * @param value the difference
     * @param line its 1-based line in the expected file, 0 when there is none
     */
    public record Difference(double value, long line) {}

    /**
     * Copies the rows.
     *
     * @param file the expected predictions' file
     * @param column the column compared
     * @param rows the rows compared
     * @param failures the rows that are not equivalent
     * @param firstRows the first non-equivalent rows
     * @param maxAbsolute the largest absolute difference
     * @param maxRelative the largest relative difference
     * @param precision the relative tolerance used
     * @param zeroThreshold the zero threshold used
     */
    public ParityResult {
        firstRows = List.copyOf(firstRows);
    }

    /** @return whether every row is equivalent */
    public boolean passed() {
        return failures == 0;
    }

    /** @return the {@code parity} check */
    public Check check() {
        String differences = maxAbsolute.value() == 0
                ? "the values are identical"
                : String.format(
                        Locale.ROOT,
                        "max absolute difference %.3g (line %d), max relative %.3g (line %d)",
                        maxAbsolute.value(),
                        maxAbsolute.line(),
                        maxRelative.value(),
                        maxRelative.line());
        String expected = String.format(
                Locale.ROOT,
                "|actual - expected| <= %.3g x |expected| (zero threshold %.3g)",
                precision,
                zeroThreshold);
        if (passed()) {
            return Check.of(
                    "parity",
                    GateStatus.PASSED,
                    "0 of " + rows + " rows differ",
                    expected,
                    "The candidate reproduces " + column + " of " + file + " on all " + rows + " rows: " + differences
                            + ".");
        }
        return new Check(
                "parity",
                GateStatus.FAILED,
                failures + " of " + rows + " rows differ",
                expected,
                failures + " of " + rows + " predictions differ from " + column + " of " + file + ", first at line "
                        + firstRows.get(0).line() + ": " + differences + ".",
                firstRows);
    }

    /** @return the parity part of the risk section */
    public Map<String, Object> section() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("file", file);
        section.put("column", column);
        section.put("rows", rows);
        section.put("differingRows", failures);
        section.put("maxAbsoluteDifference", maxAbsolute.value());
        section.put("maxAbsoluteDifferenceLine", maxAbsolute.line());
        section.put("maxRelativeDifference", maxRelative.value());
        section.put("maxRelativeDifferenceLine", maxRelative.line());
        section.put("precision", precision);
        section.put("zeroThreshold", zeroThreshold);
        return section;
    }
}
