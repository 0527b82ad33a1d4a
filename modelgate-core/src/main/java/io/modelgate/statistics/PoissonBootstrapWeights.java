package io.modelgate.statistics;

import java.util.SplittableRandom;

/**
 * Draws Poisson(1) row weights by inverting the cumulative distribution on 32-bit uniforms, two weights per 64-bit
 * draw. The table ends where the cumulative probability rounds to 1 at 32 bits, so the largest weight is 12
 * (P(X ≥ 13) ≈ 6.4e-11 is folded into 12), which fits a byte.
 */
final class PoissonBootstrapWeights {
    private static final long[] THRESHOLDS = thresholds();
    /** The weight for each value of a uniform's top 16 bits, or −1 where a threshold falls inside that range. */
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
        byte[] table = new byte[1 << 16];
        for (int top = 0; top < table.length; top++) {
            long low = (long) top << 16;
            byte first = draw(low);
            table[top] = first == draw(low | 0xFFFF) ? first : -1;
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
     * Fills rows {@code [from, to)} of one resample in a row-major block of several resamples' weights, continuing
     * the resample's stream; {@code from} must be even so that the pairs of weights fall as in {@link #fill}.
     *
     * @param random the resample's own stream
     * @param weights the block
     * @param from the first row
     * @param to the end row
     * @param stride the block's row width
     * @param offset the resample's column
     */
    static void fill(
            final SplittableRandom random,
            final byte[] weights,
            final int from,
            final int to,
            final int stride,
            final int offset) {
        int i = from;
        while (i < to) {
            long bits = random.nextLong();
            weights[i++ * stride + offset] = weight(bits >>> 32);
            if (i < to) {
                weights[i++ * stride + offset] = weight(bits & 0xFFFF_FFFFL);
            }
        }
    }

    /** Looks the weight up by the top 16 bits; only where a threshold splits that range does it search. */
    private static byte weight(final long uniform) {
        byte quick = BY_TOP_BITS[(int) (uniform >>> 16)];
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
