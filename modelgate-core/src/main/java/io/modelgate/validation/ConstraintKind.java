package io.modelgate.validation;

/**
 * Every kind of check data validation makes: the prefix of its check names ({@code range:age}), the schema key that
 * asks for it, and what it means. The reference table of {@code docs/validation.md} is generated from this list.
 */
public enum ConstraintKind {
    /** Values parse as the column's type. */
    TYPE(
            "type",
            "type",
            "column",
            "always, for every declared column",
            "Share of non-missing values that parse as the column's type (integer, double, boolean, date,"
                    + " timestamp, string) is at least `mostly`. Dates and timestamps use `format`."),
    /** Enough values are present. */
    COMPLETENESS(
            "completeness",
            "completeness",
            "column",
            "not checked",
            "Share of rows with a non-empty value is at least `completeness` (0 to 1). `mostly` does not apply."),
    /** Values lie in a range. */
    RANGE(
            "range",
            "min, max",
            "column",
            "not checked",
            "Share of typed values in [`min`, `max`] (inclusive; either side may be left out) is at least `mostly`."
                    + " Dates and timestamps compare in time; NaN lies outside every range."),
    /** Values come from a set. */
    ALLOWED(
            "allowed",
            "allowed",
            "column",
            "not checked",
            "Share of non-missing values that equal one of `allowed`, compared as written, is at least `mostly`."),
    /** Values match a regular expression. */
    PATTERN(
            "pattern",
            "pattern",
            "column",
            "not checked",
            "Share of non-missing values that the regular expression (Java syntax) matches as a whole is at least"
                    + " `mostly`."),
    /** No value repeats. */
    UNIQUE(
            "unique",
            "unique",
            "column",
            "false",
            "Share of non-missing values that do not repeat an earlier row's value is at least `mostly`; exact, in"
                    + " bounded memory (external sort of 64-bit hashes)."),
    /** Personal data is declared with a legal basis. */
    PII(
            "pii",
            "pii",
            "column",
            "scanned in every text and integer column",
            "A column that holds personal data must declare its kind and a GDPR Art. 6(1) legal basis; see"
                    + " [pii.md](pii.md)."),
    /** A column the schema declares is in the data. */
    COLUMN(
            "column",
            "required",
            "dataset",
            "true",
            "A required column missing from the header is an input error (exit 2); an optional one gives an"
                    + " INACTIVE check."),
    /** The data has only declared columns. */
    UNEXPECTED(
            "unexpected",
            "dataset.unexpectedColumns",
            "dataset",
            "warning",
            "Each header column the schema does not declare gives this status (`ignore` makes no check)."),
    /** The data has a plausible number of rows. */
    ROWS(
            "rows",
            "dataset.rows",
            "dataset",
            "any number",
            "The number of data rows lies in [`min`, `max`]; outside, the check FAILS."),
    /** No row repeats an earlier one. */
    DUPLICATES(
            "duplicates",
            "dataset.duplicateRows",
            "dataset",
            "warning",
            "Rows identical to an earlier row in every field give this status (`ignore` makes no check)."),
    /** A column's distribution has not moved from the reference. */
    DRIFT(
            "drift",
            "drift, columns.*.drift",
            "dataset",
            "with --reference",
            "Each column against the reference, with a dataset-level decision; see [drift.md](drift.md).");

    private final String prefix;
    private final String key;
    private final String level;
    private final String defaultValue;
    private final String meaning;

    ConstraintKind(
            final String prefix,
            final String key,
            final String level,
            final String defaultValue,
            final String meaning) {
        this.prefix = prefix;
        this.key = key;
        this.level = level;
        this.defaultValue = defaultValue;
        this.meaning = meaning;
    }

    /**
     * Names the check of this kind for a column.
     *
     * @param column the column's name
     * @return e.g. {@code range:age}
     */
    public String checkName(final String column) {
        return prefix + ":" + column;
    }

    /** @return the prefix of check names, e.g. {@code range} */
    public String prefix() {
        return prefix;
    }

    /** @return the schema key that asks for the check */
    public String key() {
        return key;
    }

    /** @return {@code column} or {@code dataset} */
    public String level() {
        return level;
    }

    /** @return what applies when the schema says nothing */
    public String defaultValue() {
        return defaultValue;
    }

    /** @return the exact semantics, one or two sentences of Markdown */
    public String meaning() {
        return meaning;
    }
}
