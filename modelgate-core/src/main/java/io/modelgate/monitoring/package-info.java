/**
 * Monitoring of a released model from the scoring service's request log: a streaming reader of the rotated,
 * possibly gzipped JSONL log ({@link io.modelgate.monitoring.RequestLogFormat} holds every field name), drift of
 * inputs and predictions per time window against the reference with the drift engine, the join of logged predictions
 * with late labels, performance per window with bootstrap intervals against the value at release, concept-drift
 * detectors over the error stream, and the retrain request a failed gate leaves for the nightly pipeline. May use
 * data, drift, statistics, metrics and report.
 */
package io.modelgate.monitoring;
