package io.modelgate.statistics;

import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.memory.Memory;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;

/**
 * A mergeable quantile summary of a stream of doubles: Apache DataSketches' KLL sketch (Karnin, Lang and Liberty,
 * "Optimal Quantile Approximation in Streams", FOCS 2016), wrapped so that only this package sees the library.
 *
 * <p>While a sketch has seen at most {@code k} values it keeps them all and every rank is exact. Beyond that, every
 * rank it returns is within {@link #rankError()} of the true normalised rank with 99% confidence, whatever the order
 * of the values and however sketches were merged; memory stays about {@code 3k} doubles. Compaction uses
 * DataSketches' shared, unseeded random generator, so an estimating sketch may differ between runs within that bound.
 * NaN values are ignored by the library; callers decide what NaN means before updating.
 */
public final class QuantileSketch {
    /** The default accuracy parameter: exact up to 1000 values, rank error about 0.3% beyond. */
    public static final int DEFAULT_K = 1000;

    private final KllDoublesSketch sketch;

    /** Creates an empty sketch with {@link #DEFAULT_K}. */
    public QuantileSketch() {
        this(DEFAULT_K);
    }

    /**
     * Creates an empty sketch.
     *
     * @param k the accuracy parameter, 8 to 65535; the rank error falls roughly as 1/k
     */
    public QuantileSketch(final int k) {
        this(KllDoublesSketch.newHeapInstance(k));
    }

    private QuantileSketch(final KllDoublesSketch sketch) {
        this.sketch = sketch;
    }

    /**
     * Restores a sketch written by {@link #toBytes()}.
     *
     * @param bytes the serialised sketch
     * @return the sketch
     */
    public static QuantileSketch fromBytes(final byte[] bytes) {
        return new QuantileSketch(KllDoublesSketch.heapify(Memory.wrap(bytes)));
    }

    /** @param value the next value of the stream */
    public void update(final double value) {
        sketch.update(value);
    }

    /**
     * Returns a new sketch that summarises both streams; neither input changes.
     *
     * @param other another sketch
     * @return the union
     */
    public QuantileSketch merged(final QuantileSketch other) {
        QuantileSketch union = copy();
        union.sketch.merge(other.sketch);
        return union;
    }

    /** @return an independent copy of this sketch */
    public QuantileSketch copy() {
        return fromBytes(toBytes());
    }

    /** @return the compact serialised form */
    public byte[] toBytes() {
        return sketch.toByteArray();
    }

    /** @return the number of values seen */
    public long count() {
        return sketch.getN();
    }

    /** @return the accuracy parameter */
    public int k() {
        return sketch.getK();
    }

    /** @return whether every value seen is still kept, so ranks and quantiles are exact */
    public boolean isExact() {
        return !sketch.isEstimationMode();
    }

    /** @return the bound on the error of a normalised rank (99% confidence); 0 while the sketch is exact */
    public double rankError() {
        return isExact() ? 0.0 : sketch.getNormalizedRankError(false);
    }

    /**
     * Returns the smallest kept value whose normalised rank (share of values at or below it) reaches a rank.
     *
     * @param rank in [0, 1]
     * @return the quantile
     * @throws IllegalStateException when the sketch is empty
     */
    public double quantile(final double rank) {
        requireValues();
        return sketch.getQuantile(rank, QuantileSearchCriteria.INCLUSIVE);
    }

    /**
     * Returns the share of values strictly below a value.
     *
     * @param value the value
     * @return a share in [0, 1]
     * @throws IllegalStateException when the sketch is empty
     */
    public double shareBelow(final double value) {
        requireValues();
        return sketch.getRank(value, QuantileSearchCriteria.EXCLUSIVE);
    }

    /**
     * Returns the values the sketch keeps, sorted, with their cumulative weights: the empirical distribution the
     * sketch stands for.
     *
     * @return the weighted sample; empty for an empty sketch
     */
    public WeightedSample sample() {
        if (sketch.isEmpty()) {
            return WeightedSample.EMPTY;
        }
        var view = sketch.getSortedView();
        return WeightedSample.of(view.getQuantiles(), view.getCumulativeWeights());
    }

    private void requireValues() {
        if (sketch.isEmpty()) {
            throw new IllegalStateException("The quantile sketch has seen no values");
        }
    }
}
