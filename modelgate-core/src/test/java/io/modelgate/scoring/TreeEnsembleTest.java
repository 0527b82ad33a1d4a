package io.modelgate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TreeEnsembleTest {
    /** slot 0 <= threshold ? leaf 0 : leaf 1. */
    private static FlatTree stump(final double threshold) {
        return new FlatTree(
                0,
                new int[] {0},
                new byte[] {FlatTree.LESS_OR_EQUAL},
                new double[] {threshold},
                new long[1],
                new int[] {~0},
                new int[] {~1},
                2);
    }

    @Test
    void shouldAverageTheTreesOverTheRowsThatAreNotDelegatedOnly() {
        TreeEnsemble forest = new TreeEnsemble(
                new FlatTree[] {stump(1), stump(2)},
                new double[][] {{1, 0, 0.25, 0.75}, {0.5, 0.5, 0, 1}},
                new int[][] {{0, 1}, {0, 1}},
                2,
                TreeEnsemble.Method.AVERAGE,
                Arithmetic.DOUBLE,
                TargetRescale.NONE,
                new int[] {0, 1});
        SlotBatch batch = new SlotBatch(11, 1);
        for (int row = 0; row < batch.rows; row++) {
            batch.slots[row] = row % 4;
        }
        batch.delegated[3] = true;
        batch.slots[3] = Double.NaN;
        double[] out = new double[22];
        int[] labels = new int[11];

        forest.evaluate(batch, out, labels);

        for (int row = 0; row < batch.rows; row++) {
            double value = batch.slots[row];
            double[] expected = value <= 1
                    ? new double[] {0.75, 0.25}
                    : value <= 2 ? new double[] {0.375, 0.625} : new double[] {0.125, 0.875};
            if (row == 3) {
                expected = new double[] {0, 0};
            }
            assertThat(new double[] {out[2 * row], out[2 * row + 1]})
                    .as("row %d", row)
                    .containsExactly(expected);
        }
        assertThat(labels).containsOnly(-1);
    }

    @Test
    void shouldRoundEveryAdditionToFloatInTheFloatContext() {
        TreeEnsemble forest = new TreeEnsemble(
                new FlatTree[] {stump(1), stump(1), stump(1)},
                new double[][] {{0.1f, 0.2f}, {0.2f, 0.3f}, {0.3f, 0.4f}},
                new int[][] {{-1, -1}, {-1, -1}, {-1, -1}},
                1,
                TreeEnsemble.Method.SUM,
                Arithmetic.FLOAT,
                TargetRescale.NONE,
                new int[0]);
        SlotBatch batch = new SlotBatch(9, 1);
        double[] out = new double[9];

        forest.evaluate(batch, out, new int[9]);

        double expected = (float) ((double) (float) ((double) 0.1f + 0.2f) + 0.3f);
        assertThat(expected).isNotEqualTo((double) 0.1f + 0.2f + 0.3f);
        assertThat(out).containsOnly(expected);
    }
}
