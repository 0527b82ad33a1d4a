package io.modelgate.scoring;

import java.util.List;

/**
 * A PMML model compiled to flat arrays and small expression trees (see docs/scoring.md, "Engines"), which scores
 * blocks of rows without jpmml's per-row maps and objects: the inputs are parsed once into {@code double} slots,
 * derived fields computed into further slots, trees walked over the whole block one tree at a time. It computes
 * exactly what jpmml computes for complete, valid rows; every other row (a missing or invalid value, a value that is
 * not a plain number, a tree outcome with no prediction) is marked for jpmml, which remains the reference. Built by
 * {@link ModelCompiler}; immutable and thread-safe.
 */
final class CompiledModel {
    private final InputEncoder encoder;
    private final int stride;
    private final SlotProgram program;
    private final CompiledPart part;
    private final List<String> classes;
    private final SlotType result;
    private final int[] tieOrder;

    CompiledModel(
            final InputEncoder encoder,
            final int stride,
            final SlotProgram program,
            final CompiledPart part,
            final List<String> classes,
            final SlotType result) {
        this.encoder = encoder;
        this.stride = stride;
        this.program = program;
        this.part = part;
        this.classes = List.copyOf(classes);
        this.result = result;
        this.tieOrder = part.tieOrder();
    }

    /** @return the number of results per row: the classes of a classifier, 1 for a regression */
    int width() {
        return classes.isEmpty() ? 1 : classes.size();
    }

    /** @return what was compiled, for the evidence */
    String describe() {
        return part.describe();
    }

    /** @return whether the other model reads the same inputs the same way, so a batch's inputs can be shared */
    boolean sharesInputs(final CompiledModel other) {
        return encoder.equals(other.encoder);
    }

    /**
     * Lays out a block of rows and parses their inputs.
     *
     * @param chunk the rows
     * @param columns the CSV column of every input field
     * @return the batch; rows jpmml must score are marked
     */
    SlotBatch encode(final RowChunk chunk, final int[] columns) {
        SlotBatch batch = new SlotBatch(chunk.size(), stride);
        for (int row = 0; row < batch.rows; row++) {
            batch.delegated[row] = !encoder.encode(chunk.values(row), columns, batch.slots, row * stride);
        }
        return batch;
    }

    /**
     * Lays out a block of rows whose inputs another model with the {@linkplain #sharesInputs same inputs} parsed.
     *
     * @param parsed that model's batch
     * @return a batch of this model's layout with the same inputs and marks
     */
    SlotBatch copyInputs(final SlotBatch parsed) {
        SlotBatch batch = new SlotBatch(parsed.rows, stride);
        int inputs = encoder.size();
        for (int row = 0; row < batch.rows; row++) {
            batch.delegated[row] = parsed.delegated[row];
            System.arraycopy(parsed.slots, row * parsed.stride, batch.slots, row * stride, inputs);
        }
        return batch;
    }

    /**
     * Scores the batch's rows that are not jpmml's; rows whose result is not a number become jpmml's.
     *
     * @param batch the rows
     * @param out {@code rows × width()} results: class probabilities in class order, or the predicted value
     * @param labels the index of the predicted class per row (classifiers)
     */
    void score(final SlotBatch batch, final double[] out, final int[] labels) {
        program.run(batch);
        part.evaluate(batch, out, labels);
        int width = width();
        for (int row = 0; row < batch.rows; row++) {
            if (batch.delegated[row]) {
                continue;
            }
            int offset = row * width;
            for (int k = offset; k < offset + width; k++) {
                if (Double.isNaN(out[k])) {
                    batch.delegated[row] = true;
                }
            }
            if (classes.isEmpty()) {
                out[offset] = result.cast(out[offset]);
            } else if (labels[row] < 0) {
                labels[row] = mostProbable(out, offset);
            }
        }
    }

    private int mostProbable(final double[] out, final int offset) {
        int best = tieOrder[0];
        for (int k = 1; k < tieOrder.length; k++) {
            if (out[offset + tieOrder[k]] > out[offset + best]) {
                best = tieOrder[k];
            }
        }
        return best;
    }
}
