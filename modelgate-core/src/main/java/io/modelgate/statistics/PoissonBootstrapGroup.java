package io.modelgate.statistics;

import java.util.SplittableRandom;

/**
 * Evaluates metrics for a group of resamples at once, which is how {@link PoissonBootstrap} stays fast at a million
 * rows: the group's weights are drawn into one row-major block ({@code weights[row * group + k]} is row {@code row}'s
 * weight in the group's {@code k}-th resample), so that one pass over the rows (or over the rows in score order, for
 * ROC AUC) serves every resample of the group while the row's data is in the CPU cache. Each resample draws its
 * weights from its own stream in row order and every sum runs in the same order as one resample at a time would, so
 * the results are bit for bit those of resampling one by one.
 */
interface PoissonBootstrapGroup extends PoissonBootstrapMetric.Prepared {
    /**
     * Evaluates the metric for every resample of a group.
     *
     * @param weights {@code rows × group} weights, row-major
     * @param group the number of resamples in a block row
     * @param count how many of them are in use
     * @param out the metric value of each resample, {@code count} values
     */
    void values(byte[] weights, int group, int count, double[] out);

    /**
     * Draws a group's weights: resample {@code k} continues {@code streams[first + k]} over the rows in order, two
     * weights per 64-bit draw exactly as {@link PoissonBootstrapWeights#fill} does.
     *
     * @param streams every resample's stream
     * @param first the group's first resample
     * @param count the resamples of the group
     * @param group the block row width
     * @param rows the number of rows
     * @param weights the block to fill
     */
    static void draw(
            final SplittableRandom[] streams,
            final int first,
            final int count,
            final int group,
            final int rows,
            final byte[] weights) {
        int block = 4096; // even, so that a 64-bit draw never straddles two blocks
        for (int from = 0; from < rows; from += block) {
            int to = Math.min(rows, from + block);
            for (int k = 0; k < count; k++) {
                PoissonBootstrapWeights.fill(streams[first + k], weights, from, to, group, k);
            }
        }
    }
}
