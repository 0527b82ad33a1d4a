package io.modelgate.validation.pii;

import io.modelgate.report.Check;
import java.util.List;
import java.util.Objects;

/**
 * One kind of personal data found in one column: how many of the column's non-missing values matched, their share,
 * and the first examples with masked values. For a header-based kind ({@link PiiKind#NAME}) every non-missing value
 * counts as a match.
 *
 * @param column the column's name
 * @param kind the kind of personal data
 * @param matches the number of matching values
 * @param examined the number of non-missing values examined
 * @param share {@code matches / examined}, 0 to 1
 * @param examples the first matching rows by line, values masked
 */
public record PiiFinding(
        String column, PiiKind kind, long matches, long examined, double share, List<Check.Example> examples) {
    /**
     * Checks the parts and copies the examples.
     *
     * @param column the column's name
     * @param kind the kind
     * @param matches the matching values
     * @param examined the non-missing values
     * @param share the share
     * @param examples the masked examples
     */
    public PiiFinding {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
        if (matches < 0 || examined < matches) {
            throw new IllegalArgumentException(
                    "pii finding of column '" + column + "' has " + matches + " matches in " + examined + " values");
        }
        examples = List.copyOf(examples);
    }

    /**
     * Creates a finding, computing the share.
     *
     * @param column the column's name
     * @param kind the kind
     * @param matches the matching values
     * @param examined the non-missing values, more than 0
     * @param examples the masked examples
     * @return the finding
     */
    public static PiiFinding of(
            final String column,
            final PiiKind kind,
            final long matches,
            final long examined,
            final List<Check.Example> examples) {
        return new PiiFinding(
                column, kind, matches, examined, examined == 0 ? 0 : (double) matches / examined, examples);
    }
}
