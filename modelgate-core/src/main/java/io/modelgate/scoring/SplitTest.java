package io.modelgate.scoring;

/**
 * A compiled node predicate: always true, always false, or a two-way test of one slot ({@code negated} when the PMML
 * operator is the opposite of the stored one, e.g. {@code greaterThan} stored as not {@code lessOrEqual}).
 *
 * @param kind {@link #TEST}, {@link #ALWAYS} or {@link #NEVER}
 * @param slot the slot tested
 * @param operator one of {@link FlatTree}'s operators
 * @param threshold the value compared with
 * @param set the category bit set of {@link FlatTree#IN_SET}
 * @param negated whether the outcome is reversed
 */
record SplitTest(int kind, int slot, byte operator, double threshold, long set, boolean negated) {
    static final int TEST = 0;
    static final int ALWAYS = 1;
    static final int NEVER = 2;
    static final SplitTest TRUE = new SplitTest(ALWAYS, 0, (byte) 0, 0, 0, false);
    static final SplitTest FALSE = new SplitTest(NEVER, 0, (byte) 0, 0, 0, false);

    /**
     * Whether this test holds for every complete row on which {@code previous} failed: the same comparison, reversed.
     * Rows reaching a compiled tree have no missing values, so a comparison and its reverse partition them.
     */
    boolean complements(final SplitTest previous) {
        return previous != null
                && kind == TEST
                && previous.kind == TEST
                && slot == previous.slot
                && operator == previous.operator
                && Double.compare(threshold, previous.threshold) == 0
                && set == previous.set
                && negated != previous.negated;
    }
}
