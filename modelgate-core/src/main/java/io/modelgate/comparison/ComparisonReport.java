package io.modelgate.comparison;

import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import io.modelgate.statistics.DeLongResult;
import io.modelgate.statistics.McNemarResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of comparing a candidate with the champion: every metric with its interval, the tests, the slices and
 * the decision agreement, plus the verdict as checks ({@code champion}, {@code primary:<metric>}, {@code
 * guard:<metric>}, {@code slice:<column>=<value>}, {@code agreement}) and the evidence section {@code comparison}.
 *
 * @param policy the rules applied
 * @param binary whether the models are binary classifiers (otherwise regression models)
 * @param championPresent whether there was a champion
 * @param rows the holdout rows
 * @param metrics one entry per metric of the task
 * @param mcnemar McNemar's test on correctness, null for regression or without a champion
 * @param delong DeLong's test on AUC, null for regression, without a champion or with fewer than 2 rows of a class
 * @param slices one entry per slice value
 * @param agreement the decisions that change, null for regression or without a champion
 * @param curves the ROC and calibration curves of binary classifiers (see {@code docs/reports.md}), empty for
 *     regression
 */
public record ComparisonReport(
        ComparisonPolicy policy,
        boolean binary,
        boolean championPresent,
        int rows,
        List<MetricComparison> metrics,
        McNemarResult mcnemar,
        DeLongResult delong,
        List<SliceComparison> slices,
        DecisionAgreement agreement,
        Map<String, Object> curves) {
    /**
     * Copies the lists.
     *
     * @param policy rules
     * @param binary binary or regression
     * @param championPresent champion or not
     * @param rows holdout rows
     * @param metrics metrics
     * @param mcnemar McNemar's test
     * @param delong DeLong's test
     * @param slices slices
     * @param agreement decision agreement
     * @param curves curves, in a stable order
     */
    public ComparisonReport {
        metrics = List.copyOf(metrics);
        slices = List.copyOf(slices);
        curves = Collections.unmodifiableMap(new LinkedHashMap<>(curves));
    }

    /** @return the verdict, one check per rule, in the order champion, primary, guards, slices, agreement */
    public List<Check> checks() {
        return new ComparisonVerdict(this).checks();
    }

    /**
     * Returns the comparison's status: without a champion the status {@code onMissingChampion} names (so INACTIVE
     * stays INACTIVE, where the worst of all-INACTIVE checks would read as PASSED), otherwise the worst status of
     * the checks. Use it as the evidence status.
     *
     * @return the status
     */
    public GateStatus status() {
        return championPresent
                ? Evidence.worstOf(checks())
                : policy.onMissingChampion().status();
    }

    /** @return the evidence section {@code comparison}: metrics, tests, slices and agreement, in a stable order */
    public Map<String, Object> section() {
        return ComparisonSection.of(this);
    }

    /**
     * Finds a metric.
     *
     * @param metric the metric
     * @return its comparison
     * @throws IllegalArgumentException when the task has no such metric
     */
    public MetricComparison metric(final ComparisonMetric metric) {
        return metrics.stream()
                .filter(comparison -> comparison.metric() == metric)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No metric " + metric.key() + " in this comparison"));
    }

    /**
     * Finds a check by name.
     *
     * @param name e.g. {@code primary:auc}
     * @return the check
     * @throws IllegalArgumentException when there is none
     */
    public Check check(final String name) {
        return checks().stream()
                .filter(check -> check.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No check named " + name));
    }
}
