package io.modelgate.statistics;

import java.util.Locale;

/**
 * The Page-Hinkley test for a change in the mean of a stream (Page 1954, "Continuous inspection schemes", Biometrika
 * 41; Hinkley 1971; in the fading form of Gama et al. 2013, "On evaluating stream learning algorithms", Machine
 * Learning 90, and river's {@code drift.PageHinkley}).
 *
 * <p>With {@code x̄_t} the running mean of the observations so far, the detector keeps the faded cumulative sums
 * {@code U_t = α U_{t−1} + (x_t − x̄_t − δ)} (an increase) and {@code L_t = α L_{t−1} + (x_t − x̄_t + δ)} (a decrease),
 * and signals a change when {@code U_t − min_{s≤t} U_s > λ} (mode {@code UP}) or {@code max_{s≤t} L_s − L_t > λ}
 * (mode {@code DOWN}), or either (mode {@code BOTH}), once at least {@code minInstances} observations were read. The
 * change is estimated to begin right after the last observation at which Page's clipped sum
 * {@code G_t = max(0, α G_{t−1} + x_t − x̄_t − δ)} (or its mirror for a decrease) was zero: the start of the run of
 * deviations that led to the alarm, the CUSUM estimate of a step change's time (Page 1954; Basseville &amp; Nikiforov
 * 1993, §2.2).
 *
 * <p>Defaults are river's (0.21): {@code minInstances} 30, {@code δ} 0.005 (the magnitude of change tolerated),
 * {@code λ} 50 (the detection threshold, in the units of the observations), {@code α} 1 − 0.0001 (the fading factor; 1
 * gives the classic test). One difference from river: the running maximum of {@code L} starts at −∞ as in the
 * formula, where river starts it at −1. Assumptions: independent observations whose mean is piecewise constant; λ
 * trades detection delay against false alarms and must be chosen for the scale of the observations (for a log loss
 * around 0.3 to 0.7, a lasting rise of 0.2 is detected after roughly λ / 0.2 = 250 rows).
 */
public final class PageHinkley implements ChangeDetector {
    /** Observations before a change may be signalled (river's default). */
    public static final int DEFAULT_MIN_INSTANCES = 30;
    /** Magnitude of change tolerated (river's default). */
    public static final double DEFAULT_DELTA = 0.005;
    /** Detection threshold λ (river's default). */
    public static final double DEFAULT_THRESHOLD = 50;
    /** Fading factor α (river's default). */
    public static final double DEFAULT_ALPHA = 1 - 0.0001;

    /** Which direction of change the test looks for. */
    public enum Mode {
        /** Only an increase of the mean (a rising loss). */
        UP,
        /** Only a decrease of the mean. */
        DOWN,
        /** Either (river's default). */
        BOTH
    }

    private final int minInstances;
    private final double delta;
    private final double threshold;
    private final double alpha;
    private final Mode mode;
    private boolean detected;
    private long count;
    private double mean;
    private double increase;
    private double minIncrease;
    private double decrease;
    private double maxDecrease;
    private double runUp;
    private long runUpZeroAt;
    private double runDown;
    private long runDownZeroAt;
    private long start;

    /**
     * Creates a detector.
     *
     * @param minInstances observations before a change may be signalled, at least 1
     * @param delta the magnitude of change tolerated, at least 0
     * @param threshold the detection threshold λ, positive
     * @param alpha the fading factor, in (0, 1]
     * @param mode the direction of change looked for
     */
    public PageHinkley(
            final int minInstances, final double delta, final double threshold, final double alpha, final Mode mode) {
        if (minInstances < 1 || !(delta >= 0) || !(threshold > 0) || !(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("Page-Hinkley needs minInstances >= 1, delta >= 0, threshold > 0 and"
                    + " alpha in (0, 1], got " + minInstances + ", " + delta + ", " + threshold + ", " + alpha);
        }
        this.minInstances = minInstances;
        this.delta = delta;
        this.threshold = threshold;
        this.alpha = alpha;
        this.mode = mode;
        reset();
    }

    /**
     * Creates a detector with river's defaults.
     *
     * @param mode the direction of change looked for
     * @return the detector
     */
    public static PageHinkley withDefaults(final Mode mode) {
        return new PageHinkley(DEFAULT_MIN_INSTANCES, DEFAULT_DELTA, DEFAULT_THRESHOLD, DEFAULT_ALPHA, mode);
    }

    private void reset() {
        detected = false;
        count = 0;
        mean = 0;
        increase = 0;
        minIncrease = Double.POSITIVE_INFINITY;
        decrease = 0;
        maxDecrease = Double.NEGATIVE_INFINITY;
        runUp = 0;
        runUpZeroAt = 0;
        runDown = 0;
        runDownZeroAt = 0;
    }

    @Override
    public boolean update(final double value) {
        if (detected) {
            reset();
        }
        count++;
        mean += (value - mean) / count;
        double deviation = value - mean;
        increase = alpha * increase + deviation - delta;
        decrease = alpha * decrease + deviation + delta;
        minIncrease = Math.min(minIncrease, increase);
        maxDecrease = Math.max(maxDecrease, decrease);
        runUp = Math.max(0, alpha * runUp + deviation - delta);
        if (runUp == 0) {
            runUpZeroAt = count;
        }
        runDown = Math.min(0, alpha * runDown + deviation + delta);
        if (runDown == 0) {
            runDownZeroAt = count;
        }
        if (count < minInstances) {
            return false;
        }
        boolean up = mode != Mode.DOWN && increase - minIncrease > threshold;
        boolean down = mode != Mode.UP && maxDecrease - decrease > threshold;
        if (up || down) {
            detected = true;
            start = (up ? runUpZeroAt : runDownZeroAt) + 1;
        }
        return detected;
    }

    @Override
    public long changeStart() {
        return start;
    }

    @Override
    public long observations() {
        return count;
    }

    @Override
    public String describe() {
        return String.format(
                Locale.ROOT,
                "page-hinkley(minInstances=%d, delta=%s, threshold=%s, alpha=%s, mode=%s)",
                minInstances,
                delta,
                threshold,
                alpha,
                mode.name().toLowerCase(Locale.ROOT));
    }
}
