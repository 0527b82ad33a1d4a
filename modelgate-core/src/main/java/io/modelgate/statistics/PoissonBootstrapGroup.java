package io.modelgate.statistics;

/**
 * Evaluates metrics for a group of resamples at once, which is how {@link PoissonBootstrap} stays fast at a million
 * rows: the group's weights are drawn into one row-major block ({@code weights[p * group + k]} is the weight, in the
 * group's {@code k}-th resample, of the row stored at position {@code p}), so that one pass over the rows (or over
 * the rows in score order, for ROC AUC) serves every resample of the group while the row's data is in the CPU cache.
 *
 * <p>Which row is stored at which position is free, because the weights are independent and identically distributed:
 * what matters is that a row has the same weight in every metric of a resample. {@link PoissonBootstrap} stores the
 * rows in the champion's score order when it computes a ROC AUC, which turns that model's pass into a sequential
 * read; {@link #inOrder} lays a metric out accordingly.
 */
interface PoissonBootstrapGroup extends PoissonBootstrapMetric.Prepared {
    /**
     * Evaluates the metric for every resample of a group.
     *
     * @param weights {@code rows × group} weights, row-major, in this metric's storage order
     * @param group the number of resamples in a block row
     * @param count how many of them are in use
     * @param out the metric value of each resample, {@code count} values
     */
    void values(byte[] weights, int group, int count, double[] out);

    /**
     * Lays the same metric out for weights stored in another order.
     *
     * @param order the row stored at each position
     * @param positions the position of each row, the inverse of {@code order}
     * @return the metric whose position {@code p} is row {@code order[p]}
     */
    PoissonBootstrapGroup inOrder(int[] order, int[] positions);
}
