package io.modelgate.statistics;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A mergeable quantile sketch of numeric values in bounded memory: the KLL sketch of Karnin, Lang and Liberty
 * ("Optimal Quantile Approximation in Streams", FOCS 2016), in the form Apache DataSketches uses (capacities
 * shrinking by 2/3 per level below the top, at least 8 items a level, lazy compaction of the lowest full level), with
 * two changes for speed: the raw values' level holds at least 256 (fewer, larger sorts), and the levels above it are
 * kept sorted, so a compaction merges instead of sorting.
 *
 * <p>Unlike DataSketches, whose coin flips come from one unseeded generator shared by every sketch in the JVM, each
 * sketch here owns a SplitMix64 generator with a fixed seed, carried through merges and serialisation. So the same
 * values in the same order give the same sketch, on any thread: a gate's decision does not change from one run to the
 * next.
 *
 * <p>It is exact (every value kept, weight one) until more than {@code k} values arrive. After that, the normalised
 * rank error of a single query stays below {@link #rankError()} with 99 % confidence: DataSketches' empirical bound
 * for KLL, {@code 2.296 / k^0.9723} (about 0.0027 at the default k = 1000), which {@code QuantileSketchTest} checks
 * against exact ranks on a million values.
 */
public final class QuantileSketch {
    /** The default accuracy parameter. */
    public static final int DEFAULT_K = 1000;

    private static final int MIN_LEVEL_CAPACITY = 8;
    /** Level 0 takes raw values; a larger floor there means fewer, larger sorts and, if anything, less error. */
    private static final int LEVEL_ZERO_CAPACITY = 256;

    private static final long SEED = 0x9E3779B97F4A7C15L;

    private final int k;
    private double[][] levels = {new double[0]};
    private int[] sizes = {0};
    private long count;
    private double min = Double.NaN;
    private double max = Double.NaN;
    private long randomState = SEED;
    private boolean compacted;
    private int retainedItems;
    private int[] capacities = new int[0];
    private int totalCapacity;

    /** Creates an empty sketch with the default accuracy. */
    public QuantileSketch() {
        this(DEFAULT_K);
    }

    /**
     * Creates an empty sketch.
     *
     * @param k the accuracy parameter: exact up to k values, rank error about 2.3/k beyond
     */
    public QuantileSketch(final int k) {
        if (k < MIN_LEVEL_CAPACITY || k > 65_535) {
            throw new IllegalArgumentException("k must be between 8 and 65535, not " + k);
        }
        this.k = k;
        this.levels = new double[][] {new double[k]};
        computeCapacities();
    }

    /**
     * Adds a value; NaN is ignored.
     *
     * @param value the value
     */
    public void update(final double value) {
        if (Double.isNaN(value)) {
            return;
        }
        if (count == 0 || value < min) {
            min = value;
        }
        if (count == 0 || value > max) {
            max = value;
        }
        count++;
        if (sizes[0] == levels[0].length) {
            levels[0] = Arrays.copyOf(levels[0], Math.max(MIN_LEVEL_CAPACITY, levels[0].length * 2));
        }
        levels[0][sizes[0]++] = value;
        if (++retainedItems > totalCapacity) {
            compress();
        }
    }

    /**
     * Returns the sketch of both streams; neither sketch changes.
     *
     * @param other another sketch with the same k
     * @return the merged sketch
     */
    public QuantileSketch merged(final QuantileSketch other) {
        if (other.k != k) {
            throw new IllegalArgumentException("Cannot merge sketches with k " + k + " and " + other.k);
        }
        QuantileSketch union = copy();
        if (other.count == 0) {
            return union;
        }
        union.ensureLevels(other.levels.length);
        for (int level = 0; level < other.levels.length; level++) {
            if (level == 0) {
                union.append(level, other.levels[level], other.sizes[level]);
            } else {
                union.mergeSorted(level, other.levels[level], other.sizes[level]);
            }
        }
        union.min = union.count == 0 ? other.min : Math.min(union.min, other.min);
        union.max = union.count == 0 ? other.max : Math.max(union.max, other.max);
        union.count += other.count;
        union.compacted |= other.compacted;
        union.randomState ^= Long.rotateLeft(other.randomState, 17);
        while (union.retainedItems > union.totalCapacity) {
            union.compress();
        }
        return union;
    }

    /** @return an independent copy */
    public QuantileSketch copy() {
        QuantileSketch copy = new QuantileSketch(k);
        copy.levels = new double[levels.length][];
        for (int level = 0; level < levels.length; level++) {
            copy.levels[level] = levels[level].clone();
        }
        copy.sizes = sizes.clone();
        copy.count = count;
        copy.min = min;
        copy.max = max;
        copy.randomState = randomState;
        copy.compacted = compacted;
        copy.retainedItems = retainedItems;
        copy.computeCapacities();
        return copy;
    }

    /**
     * Serialises the sketch, for profiles made on another machine.
     *
     * @return the bytes; {@link #fromBytes(byte[])} reads them back
     */
    public byte[] toBytes() {
        int items = retainedItems;
        ByteBuffer buffer = ByteBuffer.allocate(4 + 8 + 8 + 8 + 8 + 1 + 4 + levels.length * 4 + items * 8);
        buffer.putInt(k).putLong(count).putDouble(min).putDouble(max).putLong(randomState);
        buffer.put((byte) (compacted ? 1 : 0)).putInt(levels.length);
        for (int level = 0; level < levels.length; level++) {
            buffer.putInt(sizes[level]);
            for (int i = 0; i < sizes[level]; i++) {
                buffer.putDouble(levels[level][i]);
            }
        }
        return buffer.array();
    }

    /**
     * Reads a sketch written by {@link #toBytes()}.
     *
     * @param bytes the bytes
     * @return the sketch
     */
    public static QuantileSketch fromBytes(final byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        QuantileSketch sketch = new QuantileSketch(buffer.getInt());
        sketch.count = buffer.getLong();
        sketch.min = buffer.getDouble();
        sketch.max = buffer.getDouble();
        sketch.randomState = buffer.getLong();
        sketch.compacted = buffer.get() == 1;
        int depth = buffer.getInt();
        sketch.ensureLevels(depth);
        for (int level = 0; level < depth; level++) {
            int size = buffer.getInt();
            double[] items = new double[size];
            for (int i = 0; i < size; i++) {
                items[i] = buffer.getDouble();
            }
            sketch.sizes[level] = 0;
            sketch.append(level, items, size);
        }
        return sketch;
    }

    /** @return the number of values seen */
    public long count() {
        return count;
    }

    /** @return the accuracy parameter */
    public int k() {
        return k;
    }

    /** @return whether every value seen is still held with weight one */
    public boolean isExact() {
        return !compacted;
    }

    /** @return the normalised rank error of one query at 99 % confidence; 0 while exact */
    public double rankError() {
        return isExact() ? 0.0 : 2.296 / Math.pow(k, 0.9723);
    }

    /**
     * Returns the smallest value whose share of values at or below it reaches a rank.
     *
     * @param rank a share from 0 to 1; 0 gives the minimum and 1 the maximum
     * @return the value
     */
    public double quantile(final double rank) {
        requireValues();
        if (rank <= 0) {
            return min;
        }
        if (rank >= 1) {
            return max;
        }
        WeightedSample sample = sample();
        long target = (long) Math.ceil(rank * count);
        int index = Arrays.binarySearch(sample.cumulative(), target);
        return sample.values()[index >= 0 ? index : Math.min(-index - 1, sample.size() - 1)];
    }

    /**
     * Returns the share of values strictly below a value.
     *
     * @param value the value
     * @return a share from 0 to 1
     */
    public double shareBelow(final double value) {
        requireValues();
        long below = 0;
        for (int level = 0; level < levels.length; level++) {
            long weight = 1L << level;
            double[] items = levels[level];
            for (int i = 0; i < sizes[level]; i++) {
                if (items[i] < value) {
                    below += weight;
                }
            }
        }
        return (double) below / count;
    }

    /** @return the retained values, sorted, with their cumulative weights */
    public WeightedSample sample() {
        if (count == 0) {
            return WeightedSample.EMPTY;
        }
        int items = retainedItems;
        double[] values = new double[items];
        long[] weights = new long[items];
        int position = 0;
        for (int level = 0; level < levels.length; level++) {
            System.arraycopy(levels[level], 0, values, position, sizes[level]);
            Arrays.fill(weights, position, position + sizes[level], 1L << level);
            position += sizes[level];
        }
        Integer[] order = new Integer[items];
        for (int i = 0; i < items; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] sorted = new double[items];
        long[] cumulative = new long[items];
        long total = 0;
        for (int i = 0; i < items; i++) {
            sorted[i] = values[order[i]];
            total += weights[order[i]];
            cumulative[i] = total;
        }
        return WeightedSample.of(sorted, cumulative);
    }

    private void requireValues() {
        if (count == 0) {
            throw new IllegalStateException("The quantile sketch has seen no values");
        }
    }

    private void computeCapacities() {
        capacities = new int[levels.length];
        totalCapacity = 0;
        for (int level = 0; level < levels.length; level++) {
            int depth = levels.length - 1 - level;
            int floor = level == 0 ? LEVEL_ZERO_CAPACITY : MIN_LEVEL_CAPACITY;
            capacities[level] = Math.max(floor, (int) Math.ceil(k * Math.pow(2.0 / 3.0, depth)));
            totalCapacity += capacities[level];
        }
    }

    /**
     * Compacts the lowest level that is over its capacity: sorts it and moves every other item, starting at a
     * random offset, one level up with twice the weight; an odd item out stays.
     */
    private void compress() {
        int level = 0;
        while (level < levels.length - 1 && sizes[level] < capacities[level]) {
            level++;
        }
        if (level == levels.length - 1) {
            ensureLevels(levels.length + 1);
        }
        double[] items = levels[level];
        int size = sizes[level];
        if (level == 0) {
            Arrays.sort(items, 0, size); // the levels above are kept sorted
        }
        int keep = size % 2;
        int offset = nextBit();
        int promoted = (size - keep) / 2;
        double[] up = new double[promoted];
        for (int i = 0; i < promoted; i++) {
            up[i] = items[keep + 2 * i + offset];
        }
        mergeSorted(level + 1, up, promoted);
        // the odd item out is the smallest, which stays at this level with its weight
        sizes[level] = keep;
        retainedItems -= size - keep;
        compacted = true;
    }

    /** Merges sorted items into a level above 0, which stays sorted: linear, where re-sorting would not be. */
    private void mergeSorted(final int level, final double[] items, final int size) {
        double[] old = levels[level];
        int oldSize = sizes[level];
        double[] merged = new double[Math.max(oldSize + size, old.length)];
        int i = 0;
        int j = 0;
        int position = 0;
        while (i < oldSize && j < size) {
            merged[position++] = old[i] <= items[j] ? old[i++] : items[j++];
        }
        while (i < oldSize) {
            merged[position++] = old[i++];
        }
        while (j < size) {
            merged[position++] = items[j++];
        }
        levels[level] = merged;
        sizes[level] = position;
        retainedItems += size;
    }

    private void ensureLevels(final int depth) {
        if (levels.length >= depth) {
            return;
        }
        int old = levels.length;
        levels = Arrays.copyOf(levels, depth);
        sizes = Arrays.copyOf(sizes, depth);
        for (int level = old; level < depth; level++) {
            levels[level] = new double[MIN_LEVEL_CAPACITY];
        }
        computeCapacities();
    }

    private void append(final int level, final double[] items, final int size) {
        int needed = sizes[level] + size;
        if (needed > levels[level].length) {
            levels[level] = Arrays.copyOf(levels[level], Math.max(needed, levels[level].length * 2));
        }
        System.arraycopy(items, 0, levels[level], sizes[level], size);
        sizes[level] = needed;
        retainedItems += size;
    }

    /** SplitMix64 (Steele, Lea and Flood 2014): a deterministic, serialisable source of coin flips. */
    private int nextBit() {
        randomState += 0x9E3779B97F4A7C15L;
        long z = randomState;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (int) (z & 1);
    }
}
