package io.modelgate.monitoring;

/**
 * A change a sequential detector found in the stream of labelled predictions: where the change began and where it
 * was detected, as positions in the joined stream (1-based, in log order) and as the logged timestamps.
 *
 * @param detector the detector and its parameters
 * @param startedRow the first row of the new regime
 * @param startedAt the timestamp of that row, ISO-8601
 * @param detectedRow the row at which the detector signalled
 * @param detectedAt the timestamp of that row, ISO-8601
 */
public record ChangePoint(String detector, long startedRow, String startedAt, long detectedRow, String detectedAt) {}
