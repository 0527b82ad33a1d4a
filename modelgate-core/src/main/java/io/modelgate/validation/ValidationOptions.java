package io.modelgate.validation;

/**
 * How a validation runs, as opposed to what it checks (the schema).
 *
 * @param maxExamples how many failing rows each check keeps as examples (default 5)
 * @param duplicateBufferEntries how many values a uniqueness or duplicate-row check holds in memory before spilling
 *     to disk, 16 bytes each (default 524,288, i.e. 8 MiB)
 * @param piiMinShare the least share of a column's values that must look like personal data of one kind before the
 *     column is said to hold it (default 0.05)
 */
public record ValidationOptions(int maxExamples, int duplicateBufferEntries, double piiMinShare) {
    /** The defaults. */
    public static final ValidationOptions DEFAULTS = new ValidationOptions(5, 1 << 19, 0.05);

    /**
     * Checks the values.
     *
     * @param maxExamples examples per check
     * @param duplicateBufferEntries entries before spilling
     * @param piiMinShare share that makes a column personal data
     */
    public ValidationOptions {
        if (maxExamples < 0 || duplicateBufferEntries < 1 || piiMinShare <= 0 || piiMinShare > 1) {
            throw new IllegalArgumentException("Invalid validation options");
        }
    }
}
