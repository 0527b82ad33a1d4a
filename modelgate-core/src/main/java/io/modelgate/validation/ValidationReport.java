package io.modelgate.validation;

import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import java.util.List;

/**
 * The outcome of validating one dataset: every check made, in schema order with dataset-level checks last, and a
 * summary of every column.
 *
 * @param checks the checks
 * @param columns the column summaries, in file order
 */
public record ValidationReport(List<Check> checks, List<ColumnSummary> columns) {
    /**
     * Copies the lists.
     *
     * @param checks the checks
     * @param columns the column summaries
     */
    public ValidationReport {
        checks = List.copyOf(checks);
        columns = List.copyOf(columns);
    }

    /** @return the worst status of the checks */
    public GateStatus status() {
        return Evidence.worstOf(checks);
    }

    /**
     * Finds a check by name.
     *
     * @param name e.g. {@code range:age}
     * @return the check
     * @throws IllegalArgumentException when there is none
     */
    public Check check(final String name) {
        return checks.stream()
                .filter(check -> check.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No check named " + name));
    }
}
