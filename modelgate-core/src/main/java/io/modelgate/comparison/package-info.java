/**
 * Champion against candidate on one holdout, the Delivery stage's central question: for every metric the two values,
 * the difference and its paired bootstrap interval, McNemar's and DeLong's tests, guard metrics, slices, how many
 * decisions change, and the verdict under a {@link io.modelgate.comparison.ComparisonPolicy}. The comparison itself
 * works on primitive arrays of labels and predictions and needs no scorer; {@link
 * io.modelgate.comparison.HoldoutComparison} alone scores the holdout ({@code scoring}) and adds the candidate's
 * model risk ({@code risk}). May use {@code statistics} and {@code report}.
 */
package io.modelgate.comparison;
