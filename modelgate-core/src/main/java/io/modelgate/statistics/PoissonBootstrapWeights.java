package io.modelgate.statistics;

import java.util.SplittableRandom;

/**
 * Draws Poisson(1) row weights by inverting the cumulative distribution on 32-bit uniforms, two weights per 64-bit
 * draw. The table ends where the cumulative probability rounds to 1 at 32 bits, so the largest weight is 12
 * (P(X ≥ 13) ≈ 6.4e-11 is folded into 12), which fits a byte.
 */
final class PoissonBootstrapWeights {
    private static final long[] THRESHOLDS = thresholds();
    private static final int QUICK_BITS = 12;
    /**
     * The weight for each value of a uniform's top 12 bits, or −1 where a threshold falls inside that range (12 of
     * the 4096 ranges): 4 KB, small enough to stay in the L1 cache while a block is drawn.
     */
    private static final byte[] BY_TOP_BITS = byTopBits();

    private PoissonBootstrapWeights() {}

    private static long[] thresholds() {
        long[] table = new long[32];
        double probability = Math.exp(-1);
        double cumulative = 0;
        int k = 0;
        while (true) {
            cumulative += probability;
            long threshold = (long) Math.floor(cumulative * 0x1p32);
            if (threshold >= (1L << 32) - 1) {
                table[k] = 1L << 32;
                return java.util.Arrays.copyOf(table, k + 1);
            }
            table[k] = threshold;
            k++;
            probability /= k;
        }
    }

    private static byte[] byTopBits() {
        byte[] table = new byte[1 << QUICK_BITS];
        long span = (1L << (32 - QUICK_BITS)) - 1;
        for (int top = 0; top < table.length; top++) {
            long low = (long) top << (32 - QUICK_BITS);
            byte first = draw(low);
            table[top] = first == draw(low | span) ? first : -1;
        }
        return table;
    }

    /** @return the largest weight {@link #fill} can draw */
    static int maximum() {
        return THRESHOLDS.length - 1;
    }

    /**
     * Fills the weights with independent Poisson(1) draws.
     *
     * @param random the resample's own stream
     * @param weights where to write
     */
    static void fill(final SplittableRandom random, final byte[] weights) {
        int i = 0;
        while (i < weights.length) {
            long bits = random.nextLong();
            weights[i++] = weight(bits >>> 32);
            if (i < weights.length) {
                weights[i++] = weight(bits & 0xFFFF_FFFFL);
            }
        }
    }

    /**
     * Draws a group's weights row by row from the group's one stream: for each row in turn, {@code (count + 1) / 2}
     * 64-bit draws give its {@code count} weights (the high half first; the low half of the last draw is left unused
     * when {@code count} is odd), stored side by side at {@code weights[row * stride + k]}. The stores are
     * sequential and the stream is read in one order, so the block depends only on the stream and the shape.
     *
     * @param random the group's stream
     * @param weights the block, {@code rows × stride} bytes
     * @param rows the number of rows
     * @param stride the block's row width
     * @param count the resamples of the group, at most {@code stride}
     */
    static void fill(
            final SplittableRandom random, final byte[] weights, final int rows, final int stride, final int count) {
        int pairs = count / 2;
        boolean odd = (count & 1) != 0;
        for (int row = 0; row < rows; row++) {
            int base = row * stride;
            for (int k = 0; k < pairs; k++) {
                long bits = random.nextLong();
                weights[base + 2 * k] = weight(bits >>> 32);
                weights[base + 2 * k + 1] = weight(bits & 0xFFFF_FFFFL);
            }
            if (odd) {
                weights[base + count - 1] = weight(random.nextLong() >>> 32);
            }
        }
    }

    /** Looks the weight up by the top 12 bits; only where a threshold splits that range does it search. */
    private static byte weight(final long uniform) {
        byte quick = BY_TOP_BITS[(int) (uniform >>> (32 - QUICK_BITS))];
        return quick >= 0 ? quick : draw(uniform);
    }

    private static byte draw(final long uniform) {
        byte k = 0;
        while (uniform >= THRESHOLDS[k]) {
            k++;
        }
        return k;
    }
}
