/**
 * Per-feature drift of a dataset against a reference from mergeable, streaming profiles: {@link
 * io.modelgate.drift.DriftProfiler} summarises a dataset in one pass, {@link io.modelgate.drift.DatasetProfile}s of
 * partitions merge, and {@link io.modelgate.drift.DriftAnalysis} compares two profiles with an effect size and a
 * sample-size aware p-value per feature, corrected across features. Depends on {@code data} (rows, column types),
 * {@code statistics} (sketches, tests) and {@code report} (checks, gate status).
 */
package io.modelgate.drift;
