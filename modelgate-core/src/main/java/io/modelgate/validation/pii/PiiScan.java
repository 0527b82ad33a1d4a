package io.modelgate.validation.pii;

import io.modelgate.data.Values;
import io.modelgate.report.Check;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts, for one column, the non-missing values and how many of them match each kind of personal data, keeping
 * the first few matches of each kind (smallest line numbers) with masked values. Scans of chunks of one column
 * merge into the scan of the whole column, in any order. {@link #accept(long, String)} allocates nothing unless a
 * value matches and is among the first examples of its kind. Not thread-safe: one scan per column and thread.
 */
public final class PiiScan {
    /** How many examples per kind a scan keeps unless told otherwise. */
    public static final int DEFAULT_EXAMPLES = 3;

    private final String column;
    private final PiiKind headerKind;
    private final int exampleLimit;
    private final long[] matches = new long[PiiKind.count()];
    private final int[] exampleCounts = new int[PiiKind.count()];
    private final long[][] exampleLines;
    private final String[][] exampleValues;
    private long examined;

    /**
     * Creates a scan that keeps {@value #DEFAULT_EXAMPLES} examples per kind.
     *
     * @param column the column's name; a name-like one ({@link PiiHeaders}) makes every value a {@code NAME} match
     */
    public PiiScan(final String column) {
        this(column, DEFAULT_EXAMPLES);
    }

    /**
     * Creates a scan.
     *
     * @param column the column's name; a name-like one ({@link PiiHeaders}) makes every value a {@code NAME} match
     * @param exampleLimit how many examples per kind to keep, 0 or more
     */
    public PiiScan(final String column, final int exampleLimit) {
        if (exampleLimit < 0) {
            throw new IllegalArgumentException("example limit must not be negative, got " + exampleLimit);
        }
        this.column = column;
        this.headerKind = PiiHeaders.kindFor(column).orElse(null);
        this.exampleLimit = exampleLimit;
        this.exampleLines = new long[PiiKind.count()][exampleLimit];
        this.exampleValues = new String[PiiKind.count()][exampleLimit];
    }

    /**
     * Examines one value; missing values (empty or blank) are skipped.
     *
     * @param line the 1-based line of the value's row in its file
     * @param value the raw field
     */
    public void accept(final long line, final String value) {
        if (Values.isMissing(value)) {
            return;
        }
        examined++;
        if (headerKind != null) {
            record(headerKind, line, value);
        }
        PiiKind kind = PiiDetector.kindOf(value);
        if (kind != null) {
            record(kind, line, value);
        }
    }

    private void record(final PiiKind kind, final long line, final String value) {
        int k = kind.ordinal();
        matches[k]++;
        int count = exampleCounts[k];
        if (count < exampleLimit || count > 0 && line < exampleLines[k][count - 1]) {
            insertExample(k, line, Masking.mask(kind, value));
        }
    }

    private void insertExample(final int k, final long line, final String masked) {
        long[] lines = exampleLines[k];
        String[] values = exampleValues[k];
        int count = exampleCounts[k];
        int position = count;
        while (position > 0 && lines[position - 1] > line) {
            position--;
        }
        if (position == exampleLimit) {
            return;
        }
        int kept = Math.min(count, exampleLimit - 1);
        System.arraycopy(lines, position, lines, position + 1, kept - position);
        System.arraycopy(values, position, values, position + 1, kept - position);
        lines[position] = line;
        values[position] = masked;
        exampleCounts[k] = kept + 1;
    }

    /**
     * Adds the counts and examples of a scan of another chunk of the same column.
     *
     * @param other a scan of the same column with the same example limit
     * @return this scan
     */
    public PiiScan merge(final PiiScan other) {
        if (!column.equals(other.column) || exampleLimit != other.exampleLimit) {
            throw new IllegalArgumentException("cannot merge the pii scan of column '" + other.column + "' ("
                    + other.exampleLimit + " examples) into that of column '" + column + "' (" + exampleLimit
                    + " examples)");
        }
        examined += other.examined;
        for (int k = 0; k < matches.length; k++) {
            matches[k] += other.matches[k];
            for (int i = 0; i < other.exampleCounts[k]; i++) {
                insertExample(k, other.exampleLines[k][i], other.exampleValues[k][i]);
            }
        }
        return this;
    }

    /** @return the column's name */
    public String column() {
        return column;
    }

    /** @return the number of non-missing values examined */
    public long examined() {
        return examined;
    }

    /**
     * Returns how many values matched a kind.
     *
     * @param kind the kind
     * @return the number of matching values
     */
    public long matches(final PiiKind kind) {
        return matches[kind.ordinal()];
    }

    /**
     * Returns the first matches of a kind by line, with masked values.
     *
     * @param kind the kind
     * @return at most the example limit of examples, in line order
     */
    public List<Check.Example> examples(final PiiKind kind) {
        int k = kind.ordinal();
        List<Check.Example> examples = new ArrayList<>(exampleCounts[k]);
        for (int i = 0; i < exampleCounts[k]; i++) {
            examples.add(new Check.Example(exampleLines[k][i], exampleValues[k][i]));
        }
        return examples;
    }

    /** @return the findings under the default thresholds ({@link PiiThresholds#DEFAULTS}) */
    public List<PiiFinding> findings() {
        return findings(PiiThresholds.DEFAULTS);
    }

    /**
     * Returns the findings with another least share and the default least count.
     *
     * @param minShare the least share of non-missing values, 0 to 1
     * @return the findings, in the order of {@link PiiKind}
     */
    public List<PiiFinding> findings(final double minShare) {
        return findings(PiiThresholds.ofShare(minShare));
    }

    /**
     * Returns the kinds found: a header-based kind whenever the column has a non-missing value, a value-based kind
     * when its matches reach the thresholds.
     *
     * @param thresholds the least share and count of matches
     * @return the findings, in the order of {@link PiiKind}
     */
    public List<PiiFinding> findings(final PiiThresholds thresholds) {
        List<PiiFinding> findings = new ArrayList<>();
        for (int k = 0; k < matches.length; k++) {
            PiiKind kind = PiiKind.at(k);
            boolean found = kind == headerKind ? examined > 0 : thresholds.isReached(matches[k], examined);
            if (found) {
                findings.add(PiiFinding.of(column, kind, matches[k], examined, examples(kind)));
            }
        }
        return findings;
    }
}
