package io.modelgate.scoring;

import java.util.Arrays;
import java.util.Locale;

/**
 * A compiled tree or tree ensemble: one tree, or the {@code average} (random forest) or {@code sum} (boosting) of
 * several, each tree's leaf values added in segment order in the ensemble's precision, as jpmml aggregates segment
 * results, then divided by the number of trees for an average and rescaled by the model's {@link TargetRescale}.
 * Evaluated tree by tree over the whole batch, so that one tree's arrays stay in the CPU cache while every row walks
 * it (the order scikit-learn uses too).
 */
final class TreeEnsemble implements CompiledPart {
    /** How the trees' results combine. */
    enum Method {
        SINGLE,
        AVERAGE,
        SUM
    }

    private final FlatTree[] trees;
    private final double[][] leafValues;
    private final int[][] leafLabels;
    private final int width;
    private final Method method;
    private final Arithmetic math;
    private final TargetRescale rescale;
    private final int[] tieOrder;

    TreeEnsemble(
            final FlatTree[] trees,
            final double[][] leafValues,
            final int[][] leafLabels,
            final int width,
            final Method method,
            final Arithmetic math,
            final TargetRescale rescale,
            final int[] tieOrder) {
        this.trees = trees.clone();
        this.leafValues = leafValues.clone();
        this.leafLabels = leafLabels.clone();
        this.width = width;
        this.method = method;
        this.math = math;
        this.rescale = rescale;
        this.tieOrder = tieOrder.clone();
    }

    @Override
    public void evaluate(final SlotBatch batch, final double[] out, final int[] labels) {
        int rows = batch.rows;
        Arrays.fill(out, 0, rows * width, 0.0);
        Arrays.fill(labels, 0, rows, -1);
        int[] scored = new int[rows];
        int count = 0;
        for (int row = 0; row < rows; row++) {
            if (!batch.delegated[row]) {
                scored[count++] = row;
            }
        }
        int[] leafOf = new int[count];
        for (int t = 0; t < trees.length; t++) {
            trees[t].leaves(batch.slots, batch.stride, scored, count, leafOf);
            add(leafValues[t], scored, leafOf, count, out);
            if (method == Method.SINGLE) {
                for (int i = 0; i < count; i++) {
                    labels[scored[i]] = leafLabels[t][leafOf[i]];
                }
            }
        }
        finish(batch, out, rows);
    }

    private void add(
            final double[] values, final int[] scored, final int[] leafOf, final int count, final double[] out) {
        if (math == Arithmetic.DOUBLE && width == 2) {
            for (int i = 0; i < count; i++) {
                int from = leafOf[i] * 2;
                int to = scored[i] * 2;
                out[to] += values[from];
                out[to + 1] += values[from + 1];
            }
            return;
        }
        for (int i = 0; i < count; i++) {
            int from = leafOf[i] * width;
            int to = scored[i] * width;
            for (int k = 0; k < width; k++) {
                out[to + k] = math.round(out[to + k] + values[from + k]);
            }
        }
    }

    private void finish(final SlotBatch batch, final double[] out, final int rows) {
        boolean regression = tieOrder.length == 0;
        for (int row = 0; row < rows; row++) {
            if (batch.delegated[row]) {
                continue;
            }
            for (int k = row * width; k < row * width + width; k++) {
                if (method == Method.AVERAGE) {
                    out[k] = math.round(out[k] / trees.length);
                }
                if (regression) {
                    out[k] = rescale.apply(out[k], math);
                }
            }
        }
    }

    @Override
    public int[] tieOrder() {
        return tieOrder.clone();
    }

    @Override
    public String describe() {
        long tests = Arrays.stream(trees).mapToLong(FlatTree::tests).sum();
        long leaves = Arrays.stream(trees).mapToLong(FlatTree::leaves).sum();
        return String.format(
                Locale.ROOT,
                "%s of %d tree%s (%,d tests, %,d leaves, %s precision)",
                method.name().toLowerCase(Locale.ROOT),
                trees.length,
                trees.length == 1 ? "" : "s",
                tests,
                leaves,
                math.name().toLowerCase(Locale.ROOT));
    }
}
