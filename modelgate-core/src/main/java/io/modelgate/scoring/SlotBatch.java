package io.modelgate.scoring;

/**
 * A block of rows laid out for the compiled engine: {@code stride} value slots per row (the inputs, then derived
 * fields and the outputs of chained models), and per row whether jpmml must score it instead.
 */
final class SlotBatch {
    final int rows;
    final int stride;
    final double[] slots;
    final boolean[] delegated;

    SlotBatch(final int rows, final int stride) {
        this.rows = rows;
        this.stride = stride;
        this.slots = new double[rows * stride];
        this.delegated = new boolean[rows];
    }
}
