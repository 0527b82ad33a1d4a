package io.modelgate.monitoring;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import io.modelgate.statistics.MetricInterval;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the checks and section parts of a performance report: what was found, what was expected, and where. */
final class PerformanceChecks {
    private static final int EXAMPLES = 5;

    private PerformanceChecks() {}

    static Check join(final LabelJoin join) {
        LabelTable labels = join.labels();
        long problems = labels.unmatched() + join.duplicates() + labels.duplicates() + join.withoutScore();
        String actual = join.matched() + " joined; " + labels.unmatched() + " labels without a prediction";
        String message = String.format(
                Locale.ROOT,
                "Joined %d of %d labels with a logged prediction; %d labels matched no prediction%s, %d predictions"
                        + " have no label yet, %d repeated a claimed key, %d had no key, %d lacked a score; %d"
                        + " repeated keys in the labels file were ignored.",
                join.matched(),
                labels.size(),
                labels.unmatched(),
                labels.unmatched() == 0 ? "" : " (first: " + String.join(", ", labels.unmatchedExamples(3)) + ")",
                join.unmatched(),
                join.duplicates(),
                join.withoutKey(),
                join.withoutScore(),
                labels.duplicates());
        List<Check.Example> examples = labels.unmatchedExamples(EXAMPLES).stream()
                .map(text -> new Check.Example(0, text))
                .toList();
        return new Check(
                "labels:join",
                problems == 0 ? GateStatus.PASSED : GateStatus.NOTE,
                actual,
                "every label joined once",
                message,
                examples);
    }

    static Check window(final WindowPerformance window, final PerformancePolicy policy) {
        String name = "performance:" + window.label();
        String metric = policy.metric().key();
        if (window.reason() != null) {
            return Check.of(
                    name,
                    GateStatus.INACTIVE,
                    window.rows() + " labelled rows",
                    "a verdict",
                    Character.toUpperCase(window.reason().charAt(0))
                            + window.reason().substring(1) + ".");
        }
        MetricInterval interval = window.interval();
        String actual = String.format(
                Locale.ROOT, "%s %.4f [%.4f, %.4f]", metric, interval.value(), interval.low(), interval.high());
        String side = policy.metric().isHigherBetter() ? "upper" : "lower";
        String expected = String.format(
                Locale.ROOT,
                "%s bound of the %.0f%% interval %s %.4f",
                side,
                100 * policy.confidenceLevel(),
                policy.metric().isHigherBetter() ? "≥" : "≤",
                window.bound());
        String message = String.format(
                Locale.ROOT,
                "Window %s (%d labelled rows): %s %.4f with %.0f%% interval [%.4f, %.4f] against %.4f at release"
                        + " (tolerance %.4f): %s.",
                window.label(),
                window.rows(),
                metric,
                interval.value(),
                100 * policy.confidenceLevel(),
                interval.low(),
                interval.high(),
                policy.baseline().value(),
                policy.tolerance(),
                window.status() == GateStatus.FAILED ? "a significant drop" : "no significant drop");
        return Check.of(name, window.status(), actual, expected, message);
    }

    static Check detector(final ErrorStream stream) {
        String name = "concept-drift:"
                + stream.describe().substring(0, stream.describe().indexOf('('));
        List<ChangePoint> changes = stream.changes();
        if (stream.rows() == 0) {
            return Check.of(
                    name,
                    GateStatus.INACTIVE,
                    "no rows",
                    "labelled predictions",
                    "No labelled prediction reached " + stream.describe() + ".");
        }
        String actual = changes.size() + " change(s) in " + stream.rows() + " rows";
        String message = changes.isEmpty()
                ? "No change found by " + stream.describe() + " in " + stream.rows() + " labelled predictions."
                : changes.size() + " change(s) found by " + stream.describe() + "; the first began at row "
                        + changes.get(0).startedRow() + " (" + changes.get(0).startedAt() + ") and was detected at row "
                        + changes.get(0).detectedRow() + " (" + changes.get(0).detectedAt() + ").";
        return Check.of(name, changes.isEmpty() ? GateStatus.PASSED : GateStatus.WARNING, actual, "no change", message);
    }

    static Map<String, Object> joinSection(final LabelJoin join) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("labels", join.labels().size());
        section.put("matched", join.matched());
        section.put("unmatchedLabels", join.labels().unmatched());
        section.put("unmatchedPredictions", join.unmatched());
        section.put("duplicatePredictions", join.duplicates());
        section.put("duplicateLabels", join.labels().duplicates());
        section.put("predictionsWithoutKey", join.withoutKey());
        section.put("predictionsWithoutScore", join.withoutScore());
        section.put("unmatchedLabelExamples", join.labels().unmatchedExamples(EXAMPLES));
        return section;
    }

    static Map<String, Object> windowSection(final WindowPerformance window) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", window.label());
        row.put("start", Instant.ofEpochMilli(window.start()).toString());
        row.put("end", Instant.ofEpochMilli(window.end()).toString());
        row.put("rows", window.rows());
        row.put("status", window.status().name());
        if (window.reason() != null) {
            row.put("reason", window.reason());
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        window.metrics().forEach((key, value) -> metrics.put(key, DriftMonitoringReport.finite(value)));
        row.put("metrics", metrics);
        MetricInterval interval = window.interval();
        if (interval != null) {
            Map<String, Object> ci = new LinkedHashMap<>();
            ci.put("value", DriftMonitoringReport.finite(interval.value()));
            ci.put("low", DriftMonitoringReport.finite(interval.low()));
            ci.put("high", DriftMonitoringReport.finite(interval.high()));
            ci.put("resamples", interval.resamples());
            row.put("interval", ci);
        }
        row.put("bound", DriftMonitoringReport.finite(window.bound()));
        return row;
    }

    static Map<String, Object> detectorSection(final ErrorStream stream) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("detector", stream.describe());
        row.put("rows", stream.rows());
        row.put("changes", stream.changes());
        return row;
    }
}
