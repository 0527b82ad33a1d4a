package io.modelgate.validation;

import io.modelgate.report.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Counts the rows that break one constraint and keeps the first few of them as examples. */
final class Violations {
    private static final int MAX_VALUE_LENGTH = 40;

    private final int maxExamples;
    private final UnaryOperator<String> display;
    private final List<Check.Example> examples = new ArrayList<>();
    private long count;

    /**
     * Creates an empty tally.
     *
     * @param maxExamples how many examples to keep
     * @param display how a value is shown in an example (masked when it may be personal data)
     */
    Violations(final int maxExamples, final UnaryOperator<String> display) {
        this.maxExamples = maxExamples;
        this.display = display;
    }

    void add(final long line, final String value) {
        count++;
        if (examples.size() < maxExamples) {
            examples.add(new Check.Example(line, shorten(display.apply(value))));
        }
    }

    long count() {
        return count;
    }

    List<Check.Example> examples() {
        return examples;
    }

    /** @return the first lines as text, e.g. {@code lines 4, 17, 230 and 12 more} */
    String lines() {
        if (examples.isEmpty()) {
            return "";
        }
        String lines =
                examples.stream().map(example -> Long.toString(example.line())).collect(Collectors.joining(", "));
        long more = count - examples.size();
        return (examples.size() == 1 ? "line " : "lines ") + lines + (more > 0 ? " and " + more + " more" : "");
    }

    static String shorten(final String value) {
        if (value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        return value.substring(0, MAX_VALUE_LENGTH - 3) + "...";
    }
}
