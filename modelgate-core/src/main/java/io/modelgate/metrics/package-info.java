/**
 * Classification and regression metrics with scikit-learn's definitions (see docs/metrics.md): confusion-matrix
 * metrics, ranking metrics (ROC AUC, average precision), probability metrics (log loss, Brier score, calibration
 * error) and regression errors. Inputs are primitive arrays: class labels as 0-based indexes, probabilities as one
 * row per example. Every metric runs in O(n log n) or less. Depends on nothing else in ModelGate.
 */
package io.modelgate.metrics;
