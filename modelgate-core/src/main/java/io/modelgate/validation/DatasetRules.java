package io.modelgate.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelgate.report.GateStatus;

/**
 * The schema's dataset-level constraints.
 *
 * @param rows bounds on the number of data rows, or null
 * @param unexpectedColumns what a column that the schema does not declare gives: failed, error, warning, note or
 *     ignore (default warning)
 * @param duplicateRows what a row that repeats an earlier row exactly gives: failed, error, warning, note or ignore
 *     (default warning)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetRules(RowBounds rows, String unexpectedColumns, String duplicateRows) {
    /** No dataset-level constraints beyond the defaults. */
    public static final DatasetRules DEFAULTS = new DatasetRules(null, null, null);

    /**
     * Checks the statuses.
     *
     * @param rows bounds on the number of data rows
     * @param unexpectedColumns status for undeclared columns
     * @param duplicateRows status for duplicate rows
     */
    public DatasetRules {
        statusOrIgnore(unexpectedColumns, "unexpectedColumns");
        statusOrIgnore(duplicateRows, "duplicateRows");
    }

    /** @return the status an undeclared column gives, or null when they are ignored */
    public GateStatus unexpectedColumnStatus() {
        return statusOrIgnore(unexpectedColumns, "unexpectedColumns");
    }

    /** @return the status a duplicate row gives, or null when they are ignored */
    public GateStatus duplicateRowStatus() {
        return statusOrIgnore(duplicateRows, "duplicateRows");
    }

    private static GateStatus statusOrIgnore(final String text, final String key) {
        if (text != null && "ignore".equalsIgnoreCase(text.strip())) {
            return null;
        }
        try {
            return Severity.parse(text, GateStatus.WARNING);
        } catch (IllegalArgumentException exception) {
            throw new IllegalArgumentException(
                    key + " must be one of failed, error, warning, note, ignore, not '" + text + "'", exception);
        }
    }
}
