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
    private final int[] links;
    private final double[] bounds;

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
        this.links = new int[LINKS * (slot.length + leaves)];
        this.bounds = new double[2 * (slot.length + leaves)];
        pack();
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

    private static final int LINKS = 4;

    private boolean packed;

    private void pack() {
        int tests = slot.length;
        for (int node = 0; node < tests; node++) {
            if (operator[node] == IN_SET) {
                return;
            }
        }
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
            links[LINKS * at + 1] = code(yes[node], order);
            links[LINKS * at + 2] = code(no[node], order);
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
        packed = true;
    }

    private int code(final int next, final int[] order) {
        return next >= 0 ? order[next] : slot.length + ~next;
    }

    private void range(final int at, final double low, final double high) {
        bounds[2 * at] = low;
        bounds[2 * at + 1] = high;
    }

    int packedEntry() {
        return entry >= 0 ? 0 : slot.length + ~entry;
    }

    /**
     * Walks the tree for several rows at once.
     *
     * @param slots the batch's slots
     * @param stride the slots per row
     * @param rows the rows to walk
     * @param count how many of {@code rows}
     * @param leafOf receives the leaf of each of {@code rows}
     */
    void leaves(final double[] slots, final int stride, final int[] rows, final int count, final int[] leafOf) {
        if (!packed) {
            for (int i = 0; i < count; i++) {
                leafOf[i] = leaf(slots, rows[i] * stride);
            }
            return;
        }
        int tests = slot.length;
        int start = packedEntry();
        int i = 0;
        for (; i + 4 <= count; i += 4) {
            int b0 = rows[i] * stride;
            int b1 = rows[i + 1] * stride;
            int b2 = rows[i + 2] * stride;
            int b3 = rows[i + 3] * stride;
            int n0 = start;
            int n1 = start;
            int n2 = start;
            int n3 = start;
            while (Math.min(Math.min(n0, n1), Math.min(n2, n3)) < tests) {
                n0 = step(slots, b0, n0);
                n1 = step(slots, b1, n1);
                n2 = step(slots, b2, n2);
                n3 = step(slots, b3, n3);
            }
            leafOf[i] = n0 - tests;
            leafOf[i + 1] = n1 - tests;
            leafOf[i + 2] = n2 - tests;
            leafOf[i + 3] = n3 - tests;
        }
        for (; i < count; i++) {
            int base = rows[i] * stride;
            int n = start;
            while (n < tests) {
                n = step(slots, base, n);
            }
            leafOf[i] = n - tests;
        }
    }

    private int step(final double[] slots, final int base, final int node) {
        int at = LINKS * node;
        double value = slots[base + links[at]];
        int side = value >= bounds[2 * node] & value <= bounds[2 * node + 1] ? 1 : 2;
        return links[at + side];
    }
}
