package io.modelgate.scoring;

import java.util.Arrays;

/**
 * Derived fields computed into their slots before a compiled model part runs, in dependency order, each cast to its
 * field's type. A derived value that is NaN makes the row jpmml's. Filled while compiling, read-only afterwards.
 */
final class SlotProgram {
    private SlotExpression[] expressions = new SlotExpression[0];
    private int[] targets = new int[0];
    private SlotType[] types = new SlotType[0];

    void add(final int slot, final SlotType type, final SlotExpression expression) {
        int size = expressions.length;
        expressions = Arrays.copyOf(expressions, size + 1);
        targets = Arrays.copyOf(targets, size + 1);
        types = Arrays.copyOf(types, size + 1);
        expressions[size] = expression;
        targets[size] = slot;
        types[size] = type;
    }

    void run(final SlotBatch batch) {
        if (expressions.length == 0) {
            return;
        }
        for (int row = 0; row < batch.rows; row++) {
            if (batch.delegated[row]) {
                continue;
            }
            int base = row * batch.stride;
            for (int s = 0; s < expressions.length; s++) {
                double value = types[s].cast(expressions[s].evaluate(batch.slots, base));
                if (Double.isNaN(value)) {
                    batch.delegated[row] = true;
                    break;
                }
                batch.slots[base + targets[s]] = value;
            }
        }
    }
}
