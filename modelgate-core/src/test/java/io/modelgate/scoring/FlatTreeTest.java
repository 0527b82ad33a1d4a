package io.modelgate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FlatTreeTest {
    private static final int STRIDE = 3;
    private static final double[] SPECIAL = {
        Double.NaN,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        -0.0,
        0.0,
        -1,
        1,
        2,
        Math.nextDown(1.0),
        Math.nextUp(1.0),
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MAX_VALUE
    };

    @Test
    void shouldReachTheSameLeafInLockstepAsOneRowAtATimeForEveryOperatorAndSpecialValue() {
        Random random = new Random(20261128L);
        for (int trial = 0; trial < 200; trial++) {
            FlatTree tree = new RandomTree(random, false).build();
            double[] slots = rows(random, 1 + random.nextInt(40));
            assertSameLeaves(tree, slots);
        }
    }

    @Test
    void shouldWalkTreesWithCategorySetsOneRowAtATime() {
        Random random = new Random(7L);
        for (int trial = 0; trial < 50; trial++) {
            FlatTree tree = new RandomTree(random, true).build();
            assertSameLeaves(tree, rows(random, 1 + random.nextInt(40)));
        }
    }

    @Test
    void shouldAnswerTheOnlyLeafOfATreeWithoutTests() {
        FlatTree tree =
                new FlatTree(~0, new int[0], new byte[0], new double[0], new long[0], new int[0], new int[0], 1);
        double[] slots = new double[STRIDE * 10];
        int[] leafOf = new int[10];
        Arrays.fill(leafOf, -5);

        tree.leaves(slots, STRIDE, IntStream.range(0, 10).toArray(), 10, leafOf);

        assertThat(leafOf).containsOnly(0);
    }

    @Test
    void shouldKeepNaNOutOfEveryComparisonLikeJava() {
        // slot 0 <= 1 ? (slot 0 < 1 ? leaf 0 : leaf 1) : (slot 0 == 2 ? leaf 2 : leaf 3)
        FlatTree tree = new FlatTree(
                2,
                new int[] {0, 0, 0},
                new byte[] {FlatTree.LESS_THAN, FlatTree.EQUAL, FlatTree.LESS_OR_EQUAL},
                new double[] {1, 2, 1},
                new long[3],
                new int[] {~0, ~2, 0},
                new int[] {~1, ~3, 1},
                4);
        double[] slots = new double[STRIDE * 9];
        double[] values = {Double.NaN, 0.5, 1, 1.5, 2, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -0.0, 3};
        for (int row = 0; row < values.length; row++) {
            slots[row * STRIDE] = values[row];
        }
        int[] leafOf = new int[values.length];

        tree.leaves(slots, STRIDE, IntStream.range(0, values.length).toArray(), values.length, leafOf);

        assertThat(leafOf).containsExactly(3, 0, 1, 3, 2, 0, 3, 0, 3);
    }

    private static void assertSameLeaves(final FlatTree tree, final double[] slots) {
        int rows = slots.length / STRIDE;
        int[] order = IntStream.range(0, rows).map(row -> rows - 1 - row).toArray();
        for (int count = 0; count <= rows; count++) {
            int[] leafOf = new int[count];
            tree.leaves(slots, STRIDE, order, count, leafOf);
            for (int i = 0; i < count; i++) {
                assertThat(leafOf[i])
                        .as("row %d of %d", order[i], count)
                        .isEqualTo(tree.leaf(slots, order[i] * STRIDE));
            }
        }
    }

    private static double[] rows(final Random random, final int rows) {
        double[] slots = new double[rows * STRIDE];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = random.nextInt(3) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : random.nextInt(7) - 3;
        }
        return slots;
    }

    /** Builds a random tree the way {@link TreeCompiler} numbers it: children before their parent. */
    private static final class RandomTree {
        private final Random random;
        private final boolean sets;
        private final int[] slot = new int[64];
        private final byte[] operator = new byte[64];
        private final double[] threshold = new double[64];
        private final long[] set = new long[64];
        private final int[] yes = new int[64];
        private final int[] no = new int[64];
        private int tests;
        private int leaves;

        RandomTree(final Random random, final boolean sets) {
            this.random = random;
            this.sets = sets;
        }

        FlatTree build() {
            int entry = node(0);
            return new FlatTree(
                    entry,
                    Arrays.copyOf(slot, tests),
                    Arrays.copyOf(operator, tests),
                    Arrays.copyOf(threshold, tests),
                    Arrays.copyOf(set, tests),
                    Arrays.copyOf(yes, tests),
                    Arrays.copyOf(no, tests),
                    leaves);
        }

        private int node(final int depth) {
            if (depth == 5 || tests == slot.length || random.nextInt(4) == 0) {
                return ~leaves++;
            }
            int whenTrue = node(depth + 1);
            int whenFalse = node(depth + 1);
            int node = tests++;
            slot[node] = random.nextInt(STRIDE);
            operator[node] = (byte) random.nextInt(sets ? 4 : 3);
            threshold[node] = random.nextInt(4) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : random.nextInt(5) - 2;
            set[node] = random.nextLong();
            yes[node] = whenTrue;
            no[node] = whenFalse;
            return node;
        }
    }
}
