package io.modelgate.scoring;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A compiled {@code modelChain} segmentation (how converters write boosting: a regression ensemble whose output
 * fields feed a regression model that turns the score into probabilities). Each segment computes its derived
 * fields, runs, and writes its predicted value and transformed output fields into slots the next segments read; the
 * last segment's result is the chain's.
 */
final class ModelChain implements CompiledPart {
    /**
     * One segment of the chain.
     *
     * @param program its derived fields
     * @param part the compiled segment model
     * @param outputs what it writes for the next segments (empty for the last segment)
     */
    record Link(SlotProgram program, CompiledPart part, List<ChainOutput> outputs) {}

    private final List<Link> links;

    ModelChain(final List<Link> links) {
        this.links = List.copyOf(links);
    }

    @Override
    public void evaluate(final SlotBatch batch, final double[] out, final int[] labels) {
        double[] value = new double[batch.rows];
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            link.program().run(batch);
            if (i == links.size() - 1) {
                link.part().evaluate(batch, out, labels);
                return;
            }
            link.part().evaluate(batch, value, labels);
            for (int row = 0; row < batch.rows; row++) {
                if (batch.delegated[row]) {
                    continue;
                }
                if (Double.isNaN(value[row])) {
                    batch.delegated[row] = true;
                    continue;
                }
                int base = row * batch.stride;
                for (ChainOutput output : link.outputs()) {
                    batch.slots[base + output.slot()] = output.compute(value[row], batch.slots, base);
                }
            }
        }
    }

    @Override
    public int[] tieOrder() {
        return links.get(links.size() - 1).part().tieOrder();
    }

    @Override
    public String describe() {
        return "model chain of " + links.size() + " segments: "
                + links.stream().map(link -> link.part().describe()).collect(Collectors.joining("; "));
    }
}
