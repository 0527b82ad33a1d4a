package io.modelgate.scoring;

import java.util.Arrays;
import java.util.List;
import org.dmg.pmml.Predicate;
import org.dmg.pmml.tree.Node;
import org.dmg.pmml.tree.TreeModel;

/**
 * Compiles one PMML {@code TreeModel} into a {@link FlatTree} plus its leaf values. jpmml evaluates a node's children
 * in document order and descends into the first whose predicate is true; when none is, the tree's
 * {@code noTrueChildStrategy} returns no prediction or the node's own score. That is a chain of two-way tests: child
 * {@code i}'s predicate, if true go to child {@code i}, else test child {@code i+1}. A child whose predicate is
 * {@code <True/>}, or the exact reverse of the previous child's (sklearn's {@code lessOrEqual}/{@code greaterThan},
 * XGBoost's {@code lessThan}/{@code greaterOrEqual}), needs no test, because complete rows always satisfy it there.
 * An outcome jpmml would answer with "no prediction" becomes a leaf whose values are NaN, so that jpmml scores the
 * row and decides. Missing values never reach the tree (the row goes to jpmml), so the missing-value strategy does
 * not matter here.
 */
final class TreeCompiler {
    private final ModelCompiler compiler;
    private final LeafValues leafValues;
    private final boolean lastPrediction;
    private int[] slot = new int[16];
    private byte[] operator = new byte[16];
    private double[] threshold = new double[16];
    private long[] set = new long[16];
    private int[] yes = new int[16];
    private int[] no = new int[16];
    private int tests;

    private TreeCompiler(final ModelCompiler compiler, final LeafValues leafValues, final boolean lastPrediction) {
        this.compiler = compiler;
        this.leafValues = leafValues;
        this.lastPrediction = lastPrediction;
    }

    /**
     * Compiles a tree.
     *
     * @param tree the tree model
     * @param compiler the model's compiler, which resolves fields to slots
     * @param leafValues the writer of leaf values (class probabilities or scores)
     * @return the flat tree
     * @throws NotCompilableException for a construct the engine does not implement
     */
    static FlatTree compile(final TreeModel tree, final ModelCompiler compiler, final LeafValues leafValues)
            throws NotCompilableException {
        if (tree.getTargets() != null && tree.getTargets().hasTargets()) {
            throw new NotCompilableException("a TreeModel with Targets");
        }
        boolean lastPrediction =
                switch (tree.getNoTrueChildStrategy()) {
                    case RETURN_NULL_PREDICTION -> false;
                    case RETURN_LAST_PREDICTION -> true;
                };
        TreeCompiler compiling = new TreeCompiler(compiler, leafValues, lastPrediction);
        Node root = tree.requireNode();
        SplitTest rootTest = compiler.predicate(root.requirePredicate());
        int entry = compiling.branch(rootTest, compiling.entry(root), compiling.delegate());
        return compiling.build(entry);
    }

    private FlatTree build(final int entry) {
        return new FlatTree(
                entry,
                Arrays.copyOf(slot, tests),
                Arrays.copyOf(operator, tests),
                Arrays.copyOf(threshold, tests),
                Arrays.copyOf(set, tests),
                Arrays.copyOf(yes, tests),
                Arrays.copyOf(no, tests),
                leafValues.count());
    }

    /** @return the node code of entering {@code node} once its own predicate held */
    private int entry(final Node node) throws NotCompilableException {
        if (node.getEmbeddedModel() != null) {
            throw new NotCompilableException("a tree node with an embedded model");
        }
        if (!node.hasNodes()) {
            return ~leafValues.add(node);
        }
        return chain(node, node.getNodes(), 0, null);
    }

    private int chain(final Node parent, final List<Node> children, final int index, final SplitTest previous)
            throws NotCompilableException {
        if (index == children.size()) {
            return lastPrediction && parent.getScore() != null ? ~leafValues.add(parent) : delegate();
        }
        Node child = children.get(index);
        Predicate predicate = child.requirePredicate();
        SplitTest test = compiler.predicate(predicate);
        if (test.kind() == SplitTest.ALWAYS || test.complements(previous)) {
            return entry(child);
        }
        if (test.kind() == SplitTest.NEVER) {
            return chain(parent, children, index + 1, previous);
        }
        return branch(test, entry(child), chain(parent, children, index + 1, test));
    }

    private int branch(final SplitTest test, final int whenTrue, final int whenFalse) {
        if (test.kind() == SplitTest.ALWAYS) {
            return whenTrue;
        }
        if (test.kind() == SplitTest.NEVER) {
            return whenFalse;
        }
        if (tests == slot.length) {
            int capacity = tests * 2;
            slot = Arrays.copyOf(slot, capacity);
            operator = Arrays.copyOf(operator, capacity);
            threshold = Arrays.copyOf(threshold, capacity);
            set = Arrays.copyOf(set, capacity);
            yes = Arrays.copyOf(yes, capacity);
            no = Arrays.copyOf(no, capacity);
        }
        int node = tests++;
        slot[node] = test.slot();
        operator[node] = test.operator();
        threshold[node] = test.threshold();
        set[node] = test.set();
        yes[node] = test.negated() ? whenFalse : whenTrue;
        no[node] = test.negated() ? whenTrue : whenFalse;
        return node;
    }

    private int delegate() {
        return ~leafValues.addDelegate();
    }
}
