package io.modelgate.statistics;

/**
 * Evaluates a metric for a group of {@value PoissonBootstrapWeights#WIDTH} resamples at once, which is how {@link
 * PoissonBootstrap} stays fast at a million rows: one pass over the rows serves every resample of the group, each
 * row's {@value PoissonBootstrapWeights#WIDTH} weights are drawn once for the pass ({@link
 * PoissonBootstrapWeights#row}) and summed lane by lane, loops the JIT compiles to vector instructions.
 *
 * <p>A metric reads the rows in its own order: a ROC AUC in score order, mean losses in any order. Because a row's
 * weights depend only on the group and the row, every pass draws the same weights for a row, whatever its order,
 * and no weights are stored.
 */
interface PoissonBootstrapGroup extends PoissonBootstrapMetric.Prepared {
    /** @return the row at each position of the pass, or {@code null} when any order will do (the rows' own) */
    int[] order();

    /** @return empty sums for one group */
    Sums sums();

    /** What takes the rows of one group's pass. */
    interface Rows {
        /**
         * Adds the row at a position of the pass.
         *
         * @param position the position in the metric's order
         * @param weights the row's weight in each resample of the group
         */
        void add(int position, double[] weights);
    }

    /** A metric's running sums over the rows of one group's pass. */
    interface Sums extends Rows {
        /**
         * Gives the metric of each resample.
         *
         * @param out where to write, one value per resample of the group
         */
        void values(double[] out);
    }
}
