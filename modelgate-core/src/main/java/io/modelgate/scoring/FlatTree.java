package io.modelgate.scoring;

/**
 * One decision tree as flat arrays: test nodes {@code 0..tests-1}, each a comparison of one slot with a threshold (or
 * a category set) and the next node when it holds and when it does not; a negative next node {@code ~k} is leaf
 * {@code k}. The tests are jpmml's child predicates in document order, so the walk visits the node jpmml selects
 * (see {@link TreeCompiler} for how PMML's "first true child" becomes two-way tests).
 */
final class FlatTree {
    static final byte LESS_OR_EQUAL = 0;
    static final byte LESS_THAN = 1;
    static final byte EQUAL = 2;
    static final byte IN_SET = 3;

    private final int entry;
    private final int[] slot;
    private final byte[] operator;
    private final double[] threshold;
    private final long[] set;
    private final int[] yes;
    private final int[] no;
    private final int leaves;

    FlatTree(
            final int entry,
            final int[] slot,
            final byte[] operator,
            final double[] threshold,
            final long[] set,
            final int[] yes,
            final int[] no,
            final int leaves) {
        this.entry = entry;
        this.slot = slot;
        this.operator = operator;
        this.threshold = threshold;
        this.set = set;
        this.yes = yes;
        this.no = no;
        this.leaves = leaves;
    }

    int leaves() {
        return leaves;
    }

    int tests() {
        return slot.length;
    }

    /**
     * Walks the tree for one row.
     *
     * @param slots the batch's slots
     * @param base the row's first slot
     * @return the index of the leaf reached
     */
    int leaf(final double[] slots, final int base) {
        int node = entry;
        while (node >= 0) {
            double value = slots[base + slot[node]];
            boolean holds =
                    switch (operator[node]) {
                        case LESS_OR_EQUAL -> value <= threshold[node];
                        case LESS_THAN -> value < threshold[node];
                        case EQUAL -> value == threshold[node];
                        default -> value >= 0 && (set[node] >>> (int) value & 1L) != 0;
                    };
            node = holds ? yes[node] : no[node];
        }
        return ~node;
    }
}
