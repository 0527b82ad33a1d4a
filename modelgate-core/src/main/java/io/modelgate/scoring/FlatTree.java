package io.modelgate.scoring;

import java.util.stream.IntStream;

/**
 * One decision tree as flat arrays: test nodes {@code 0..tests-1}, each a comparison of one slot with a threshold (or
 * a category set) and the next node when it holds and when it does not; a negative next node {@code ~k} is leaf
 * {@code k}. The tests are jpmml's child predicates in document order, so the walk visits the node jpmml selects
 * (see {@link TreeCompiler} for how PMML's "first true child" becomes two-way tests).
 *
 * <p>A tree without category sets is also kept packed for {@link #leaves}: nodes renumbered in pre-order (a test's
 * "holds" child follows it), leaf {@code k} as node {@code tests+k} that leads to itself, and every test as a closed
 * range {@code low <= value <= high}: {@code value <= t} as {@code [-∞, t]}, {@code value < t} as
 * {@code [-∞, nextDown(t)]} (empty for {@code t = -∞}), {@code value == t} as {@code [t, t]}. For every double, NaN
 * included, the range holds exactly when the comparison does, so each step is the same two comparisons and a select
 * without a switch, and several rows can walk in lockstep until all reached a leaf.
 */
final class FlatTree {
    static final byte LESS_OR_EQUAL = 0;
    static final byte LESS_THAN = 1;
    static final byte EQUAL = 2;
    static final byte IN_SET = 3;
    /** Rows that walk a packed tree together. */
    static final int LANES = 8;

    private static final int LINKS = 4;

    private final int entry;
    private final int[] slot;
    private final byte[] operator;
    private final double[] threshold;
    private final long[] set;
    private final int[] yes;
    private final int[] no;
    private final int leaves;
    /** Per packed node: slot, next node when the test holds, next node when it does not, padding. */
    private final int[] links;
    /** Per packed node: low and high end of the range. */
    private final double[] bounds;

    private final boolean packed;

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
        this.packed = IntStream.range(0, operator.length).noneMatch(node -> operator[node] == IN_SET);
        this.links = new int[packed ? LINKS * (slot.length + leaves) : 0];
        this.bounds = new double[packed ? 2 * (slot.length + leaves) : 0];
        if (packed) {
            pack();
        }
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

    /**
     * Walks the tree for several rows: a packed tree {@value #LANES} rows at a time in lockstep, so that their
     * dependent loads overlap, each step without a branch; a tree with category sets one row at a time.
     *
     * @param slots the batch's slots
     * @param stride the slots per row
     * @param rows the rows to walk
     * @param count how many of {@code rows}
     * @param leafOf receives the leaf of each of {@code rows}, at the same index
     */
    void leaves(final double[] slots, final int stride, final int[] rows, final int count, final int[] leafOf) {
        if (!packed) {
            for (int i = 0; i < count; i++) {
                leafOf[i] = leaf(slots, rows[i] * stride);
            }
            return;
        }
        int tests = slot.length;
        int start = entry >= 0 ? 0 : tests + ~entry;
        int i = 0;
        for (; i + LANES <= count; i += LANES) {
            int b0 = rows[i + 0] * stride;
            int b1 = rows[i + 1] * stride;
            int b2 = rows[i + 2] * stride;
            int b3 = rows[i + 3] * stride;
            int b4 = rows[i + 4] * stride;
            int b5 = rows[i + 5] * stride;
            int b6 = rows[i + 6] * stride;
            int b7 = rows[i + 7] * stride;
            int n0 = start;
            int n1 = start;
            int n2 = start;
            int n3 = start;
            int n4 = start;
            int n5 = start;
            int n6 = start;
            int n7 = start;
            while (Math.min(Math.min(Math.min(n0, n1), Math.min(n2, n3)), Math.min(Math.min(n4, n5), Math.min(n6, n7)))
                    < tests) {
                n0 = step(slots, b0, n0);
                n1 = step(slots, b1, n1);
                n2 = step(slots, b2, n2);
                n3 = step(slots, b3, n3);
                n4 = step(slots, b4, n4);
                n5 = step(slots, b5, n5);
                n6 = step(slots, b6, n6);
                n7 = step(slots, b7, n7);
            }
            leafOf[i + 0] = n0 - tests;
            leafOf[i + 1] = n1 - tests;
            leafOf[i + 2] = n2 - tests;
            leafOf[i + 3] = n3 - tests;
            leafOf[i + 4] = n4 - tests;
            leafOf[i + 5] = n5 - tests;
            leafOf[i + 6] = n6 - tests;
            leafOf[i + 7] = n7 - tests;
        }
        for (; i < count; i++) {
            int base = rows[i] * stride;
            int node = start;
            while (node < tests) {
                node = step(slots, base, node);
            }
            leafOf[i] = node - tests;
        }
    }

    /** @return the packed node after {@code node} for the row at {@code base}; a leaf's is itself */
    private int step(final double[] slots, final int base, final int node) {
        int at = LINKS * node;
        double value = slots[base + links[at]];
        int side = value >= bounds[2 * node] & value <= bounds[2 * node + 1] ? 1 : 2;
        return links[at + side];
    }

    private void pack() {
        int tests = slot.length;
        int[] order = new int[tests];
        int[] stack = new int[tests + 1];
        int depth = 0;
        int count = 0;
        if (entry >= 0) {
            stack[depth++] = entry;
        }
        while (depth > 0) {
            int node = stack[--depth];
            order[node] = count++;
            if (no[node] >= 0) {
                stack[depth++] = no[node];
            }
            if (yes[node] >= 0) {
                stack[depth++] = yes[node];
            }
        }
        for (int node = 0; node < tests; node++) {
            int at = order[node];
            links[LINKS * at] = slot[node];
            links[LINKS * at + 1] = yes[node] >= 0 ? order[yes[node]] : tests + ~yes[node];
            links[LINKS * at + 2] = no[node] >= 0 ? order[no[node]] : tests + ~no[node];
            double t = threshold[node];
            switch (operator[node]) {
                case LESS_OR_EQUAL -> range(at, Double.NEGATIVE_INFINITY, t);
                case LESS_THAN ->
                    range(at, t == Double.NEGATIVE_INFINITY ? Double.NaN : Double.NEGATIVE_INFINITY, Math.nextDown(t));
                default -> range(at, t, t);
            }
        }
        for (int leaf = 0; leaf < leaves; leaf++) {
            int at = tests + leaf;
            links[LINKS * at + 1] = at;
            links[LINKS * at + 2] = at;
            range(at, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
    }

    private void range(final int node, final double low, final double high) {
        bounds[2 * node] = low;
        bounds[2 * node + 1] = high;
    }
}
