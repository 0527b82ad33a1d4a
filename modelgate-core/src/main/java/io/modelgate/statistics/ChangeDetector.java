package io.modelgate.statistics;

/**
 * A sequential change detector over a stream of numbers (a model's per-row loss or error): it reads one observation
 * at a time, in order, in constant memory, and says when the stream's distribution has changed and where the change
 * began. After a detection the detector starts afresh with the next observation, as in river's detectors.
 */
public interface ChangeDetector {
    /**
     * Reads the next observation.
     *
     * @param value the observation (for error-rate detectors 1 for an error, 0 for a correct prediction)
     * @return whether a change is detected at this observation
     */
    boolean update(double value);

    /**
     * Returns where the detected change began, counted in observations since the detector last started afresh.
     *
     * @return the 1-based position of the first observation of the new regime; meaningful right after
     *     {@link #update(double)} returned true
     */
    long changeStart();

    /** @return the observations read since the detector last started afresh */
    long observations();

    /** @return the detector's name and parameters, e.g. {@code page-hinkley(delta=0.005, threshold=50, ...)} */
    String describe();
}
