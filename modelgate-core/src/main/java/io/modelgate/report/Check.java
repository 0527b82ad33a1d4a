package io.modelgate.report;

import java.util.List;
import java.util.Objects;

/**
 * The result of one check in a piece of evidence: its name ({@code kind:column}, e.g. {@code range:age}), status,
 * what was found and what was expected, a one-sentence message saying where, and the first examples (row line
 * numbers with masked or shortened values).
 *
 * @param name the check's name, unique within its evidence
 * @param status the outcome
 * @param actual what was found, as text
 * @param expected what the policy or schema requires, as text
 * @param message one sentence: expected, found, where
 * @param examples the first failing rows, at most a few
 */
public record Check(
        String name, GateStatus status, String actual, String expected, String message, List<Example> examples) {
    /**
     * Normalises the example list.
     *
     * @param name the check's name
     * @param status the outcome
     * @param actual what was found
     * @param expected what is required
     * @param message one sentence
     * @param examples the first failing rows
     */
    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /**
     * Creates a check without examples.
     *
     * @param name the check's name
     * @param status the outcome
     * @param actual what was found
     * @param expected what is required
     * @param message one sentence
     * @return the check
     */
    public static Check of(
            final String name,
            final GateStatus status,
            final String actual,
            final String expected,
            final String message) {
        return new Check(name, status, actual, expected, message, List.of());
    }

    /**
     * One failing row.
     *
     * @param line the 1-based line of the row in its file
     * @param value the offending value, shortened, masked when it may be personal data
     */
    public record Example(long line, String value) {}
}
