package io.modelgate.scoring;

/**
 * A compiled model, or one segment of a model chain, evaluated over a whole {@link SlotBatch} at once: a regression
 * writes one value per row, a classifier the probability of every target class (in the target's class order) and,
 * where jpmml takes the predicted class from the model rather than from the highest probability (a single tree), the
 * class. A NaN result means jpmml must score the row.
 */
interface CompiledPart {
    /**
     * Evaluates the rows of the batch that are not delegated to jpmml.
     *
     * @param batch the rows
     * @param out {@code rows × width} results
     * @param labels per row the index of the predicted class, or −1 to take the most probable class
     */
    void evaluate(SlotBatch batch, double[] out, int[] labels);

    /**
     * Returns the order in which jpmml meets the classes; among equally probable classes the first wins.
     *
     * @return class indexes
     */
    int[] tieOrder();

    /** @return what the part computes, for the evidence (e.g. "100 trees, 12,345 tests, average") */
    String describe();
}
