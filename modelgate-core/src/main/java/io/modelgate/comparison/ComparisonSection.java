package io.modelgate.comparison;

import io.modelgate.statistics.DeLongResult;
import io.modelgate.statistics.McNemarResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lays out the evidence section {@code comparison} as ordered maps; undefined numbers become null. Each metric has a
 * {@code role} (primary, guard or reported) and, when judged, a {@code bound}: the value the lower bound of the
 * improvement's interval (oriented so that positive is better) must exceed.
 */
final class ComparisonSection {
    private ComparisonSection() {}

    static Map<String, Object> of(final ComparisonReport report) {
        ComparisonPolicy policy = report.policy();
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("task", report.binary() ? "binary" : "regression");
        section.put("rows", report.rows());
        section.put("champion", report.championPresent());
        section.put("primaryMetric", policy.primaryMetric().key());
        section.put("mode", policy.mode().name());
        section.put("alpha", policy.alpha());
        section.put("confidenceLevel", policy.confidenceLevel());
        section.put("resamples", policy.resamples());
        section.put("seed", policy.seed());
        section.put(
                "metrics",
                report.metrics().stream().map(metric -> metric(metric, report)).toList());
        Map<String, Object> tests = new LinkedHashMap<>();
        tests.put("mcnemar", mcnemar(report));
        tests.put("delong", delong(report));
        section.put("tests", tests);
        section.put(
                "slices", report.slices().stream().map(ComparisonSection::slice).toList());
        section.put("agreement", agreement(report));
        if (!report.curves().isEmpty()) {
            section.put("curves", report.curves());
        }
        return section;
    }

    private static Map<String, Object> metric(final MetricComparison metric, final ComparisonReport report) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", metric.metric().key());
        row.put("champion", number(metric.champion()));
        row.put("candidate", number(metric.candidate()));
        row.put("delta", number(metric.delta()));
        row.put("ciLow", number(metric.ciLow()));
        row.put("ciHigh", number(metric.ciHigh()));
        row.put("direction", metric.direction().key());
        ComparisonPolicy policy = report.policy();
        if (metric.metric() == policy.primaryMetric()) {
            row.put("role", "primary");
            row.put(
                    "bound",
                    policy.mode() == ComparisonMode.SUPERIORITY
                            ? number(policy.requiredImprovement(metric.champion()))
                            : 0 - policy.margin());
        } else {
            policy.guards().stream()
                    .filter(guard -> guard.metric() == metric.metric())
                    .findFirst()
                    .ifPresentOrElse(
                            guard -> {
                                row.put("role", "guard");
                                row.put("bound", 0 - guard.margin());
                            },
                            () -> row.put("role", "reported"));
        }
        return row;
    }

    private static Map<String, Object> mcnemar(final ComparisonReport report) {
        McNemarResult result = report.mcnemar();
        if (result == null) {
            return reason(notComputed(report, "McNemar's test compares classifiers' correctness"));
        }
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("b", result.b());
        test.put("c", result.c());
        test.put("statistic", result.statistic());
        test.put("pValue", result.pValue());
        test.put("variant", result.variant().name());
        return test;
    }

    private static Map<String, Object> delong(final ComparisonReport report) {
        DeLongResult result = report.delong();
        if (result == null) {
            return reason(
                    report.binary() && report.championPresent()
                            ? "needs at least 2 positives and 2 negatives"
                            : notComputed(report, "DeLong's test compares binary classifiers' AUC"));
        }
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("championAuc", result.championAuc());
        test.put("candidateAuc", result.candidateAuc());
        test.put("difference", result.difference());
        test.put("standardError", number(result.standardError()));
        test.put("z", number(result.z()));
        test.put("pValue", number(result.pValue()));
        test.put("ciLow", number(result.low()));
        test.put("ciHigh", number(result.high()));
        test.put("positives", result.positives());
        test.put("negatives", result.negatives());
        return test;
    }

    private static Map<String, Object> slice(final SliceComparison slice) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("column", slice.column());
        row.put("value", slice.value());
        row.put("rows", slice.rows());
        MetricComparison metric = slice.metric();
        if (metric == null) {
            row.put("reason", slice.reason());
        } else {
            row.put("champion", number(metric.champion()));
            row.put("candidate", number(metric.candidate()));
            row.put("delta", number(metric.delta()));
            row.put("ciLow", number(metric.ciLow()));
            row.put("ciHigh", number(metric.ciHigh()));
        }
        return row;
    }

    private static Map<String, Object> agreement(final ComparisonReport report) {
        DecisionAgreement agreement = report.agreement();
        if (agreement == null) {
            return reason(notComputed(report, "regression predictions have no decisions"));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rows", agreement.rows());
        row.put("changed", agreement.changed());
        row.put("changedShare", agreement.changedShare());
        return row;
    }

    private static String notComputed(final ComparisonReport report, final String regressionReason) {
        return report.championPresent() ? regressionReason : "no champion";
    }

    private static Map<String, Object> reason(final String reason) {
        return new LinkedHashMap<>(Map.of("reason", reason));
    }

    private static Object number(final double value) {
        return Double.isFinite(value) ? value : null;
    }
}
