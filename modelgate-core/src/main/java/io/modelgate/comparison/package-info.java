/**
 * Champion against candidate on one holdout, the Delivery stage's central question: for every metric the two values,
 * the difference and its paired bootstrap interval, McNemar's and DeLong's tests, guard metrics, slices, how many
 * decisions change, and the verdict under a {@link io.modelgate.comparison.ComparisonPolicy}. Works on primitive
 * arrays of labels and predictions, so it needs no scorer; may use {@code statistics} and {@code report}.
 */
package io.modelgate.comparison;
