package io.modelgate.statistics;

import java.util.SplittableRandom;

/**
 * Draws Poisson(1) row weights by inverting the cumulative distribution on 32-bit uniforms: one resample's weights
 * from a stream, two per 64-bit draw, or a group's weights row by row from a counter ({@link #row}). The table ends where the cumulative probability rounds to 1 at 32 bits, so the largest weight is 12
 * (P(X ≥ 13) ≈ 6.4e-11 is folded into 12), which fits a byte.
 */
final class PoissonBootstrapWeights {
    private static final long[] THRESHOLDS = thresholds();
    private static final int QUICK_BITS = 12;
    /**
     * The weight for each value of a uniform's top 12 bits, or −1 where a threshold falls inside that range (7 of
     * the 4096 ranges).
     */
    private static final byte[] BY_TOP_BITS = byTopBits();
    /** Marks an open range in {@link #QUICK}: below −64 × 12, so a row's sum of weights shows it. */
    private static final double OPEN = -1024;
    /** {@link #BY_TOP_BITS} as doubles, {@link #OPEN} where a threshold splits the range (32 KB). */
    private static final double[] QUICK = quick();

    private static final int QUICK_MASK = (1 << QUICK_BITS) - 1;
    /** The resamples in a group. */
    static final int WIDTH = 128;
    /** The 64-bit words a row's weights take, four 16-bit chunks each. */
    private static final long WORDS = WIDTH / 4;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** Separates the words that settle a split range from the row's words. */
    private static final long SETTLE = 0xD1B54A32D192ED03L;

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

    private static double[] quick() {
        double[] table = new double[BY_TOP_BITS.length];
        for (int top = 0; top < table.length; top++) {
            table[top] = BY_TOP_BITS[top] < 0 ? OPEN : BY_TOP_BITS[top];
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
     * The key of group {@code g} of a bootstrap: its resamples' weights are a function of the key and the row alone
     * (see {@link #row}).
     *
     * @param seed the bootstrap's seed
     * @param group the group's number
     * @return the group's key
     */
    static long key(final long seed, final int group) {
        return mix(mix(seed) + (group + 1L) * GOLDEN_GAMMA);
    }

    /**
     * Draws the weights a row has in the {@value #WIDTH} resamples of a group, counter-based: word {@code j} of row
     * {@code i} is SplitMix64's output {@code mix(key + (WIDTH/4 · i + j + 1)·γ)}, so any row's weights can be drawn again,
     * in any order, by any thread, without storing them. Each 64-bit word gives four 16-bit chunks, one per
     * resample; the top 12 bits of a chunk settle the weight in 4089 of 4096 cases, and in the other 7 the
     * chunk's 16 bits are completed to a 32-bit uniform with 16 bits of the word {@code mix((key ⊕ c) + (WIDTH · i + k +
     * 1)·γ)} of the row's k-th resample. The weights are thus exactly those of inverting the cumulative distribution
     * on a 32-bit uniform, as {@link #fill(SplittableRandom, byte[])} does.
     *
     * @param key the group's key
     * @param row the row
     * @param weights where to write the row's {@value #WIDTH} weights
     */
    static void row(final long key, final int row, final double[] weights) {
        long z = key + WORDS * row * GOLDEN_GAMMA;
        double sum = 0;
        for (int k = 0; k < WIDTH; k += 4) {
            z += GOLDEN_GAMMA;
            long bits = mix(z);
            double first = QUICK[(int) (bits >>> 52)];
            double second = QUICK[(int) (bits >>> 36) & QUICK_MASK];
            double third = QUICK[(int) (bits >>> 20) & QUICK_MASK];
            double fourth = QUICK[(int) (bits >>> 4) & QUICK_MASK];
            weights[k] = first;
            weights[k + 1] = second;
            weights[k + 2] = third;
            weights[k + 3] = fourth;
            sum += (first + second) + (third + fourth);
        }
        if (sum < 0) { // an open range adds OPEN, far below any sum of weights
            settle(key, row, weights);
        }
    }

    /**
     * Draws the weights the quick table left open ({@link #OPEN}), from each one's 32-bit uniform. About one row in
     * five has one; the rows' lanes are searched four at a time (a sum below 0 holds one).
     */
    private static void settle(final long key, final int row, final double[] weights) {
        for (int word = 0; word < WIDTH; word += 4) {
            if ((weights[word] + weights[word + 1]) + (weights[word + 2] + weights[word + 3]) >= 0) {
                continue;
            }
            for (int k = word; k < word + 4; k++) {
                if (weights[k] == OPEN) {
                    long bits = mix(key + (WORDS * row + k / 4 + 1) * GOLDEN_GAMMA);
                    long chunk = bits >>> (48 - 16 * (k % 4)) & 0xFFFF;
                    long low = mix((key ^ SETTLE) + ((long) WIDTH * row + k + 1) * GOLDEN_GAMMA) >>> 48;
                    weights[k] = draw(chunk << 16 | low);
                }
            }
        }
    }

    /** SplitMix64's output function (Steele, Lea &amp; Flood 2014, variant 13 of Stafford's mixers). */
    private static long mix(final long z) {
        long x = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
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
