package io.modelgate.scoring;

/**
 * An output field of a chained segment written into a slot: the segment's predicted value, or an expression over it
 * (jpmml's {@code transformedValue}), cast to the output field's type.
 *
 * @param slot the slot
 * @param type the output field's type
 * @param expression the transformation, or {@code null} for the predicted value itself
 */
record ChainOutput(int slot, SlotType type, SlotExpression expression) {
    double compute(final double predicted, final double[] slots, final int base) {
        return type.cast(expression == null ? predicted : expression.evaluate(slots, base));
    }
}
