package io.modelgate.scoring;

/** A compiled PMML expression over the value slots of one row (field references, constants, arithmetic, exp). */
@FunctionalInterface
interface SlotExpression {
    /**
     * Evaluates the expression.
     *
     * @param slots the batch's slots
     * @param base the row's first slot
     * @return the value
     */
    double evaluate(double[] slots, int base);
}
