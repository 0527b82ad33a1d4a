package io.modelgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a performance analysis of the {@code monitoring} section: the watched metric against the value at release,
 * the late-label join, a chart of the metric per window with its intervals, a table of the windows' metrics, and the
 * changes the concept-drift detectors found.
 */
final class MonitoringPerformance {
    private static final List<String> SHOWN = List.of("roc_auc", "accuracy", "log_loss", "brier_score", "rmse", "mae");

    private MonitoringPerformance() {}

    static void render(final Html html, final JsonNode section, final String id) {
        JsonNode join = section.path("join");
        String metric = JsonValues.text(section, "metric");
        html.open("dl", "class", "facts");
        MonitoringSection.fact(html, "Metric", metric + " (" + JsonValues.text(section, "direction") + " is better)");
        MonitoringSection.fact(
                html,
                "At release",
                section.has("baseline") ? Numbers.of(section.path("baseline").get("value")) : "not given");
        MonitoringSection.fact(html, "Tolerance", Numbers.of(section.get("tolerance")));
        MonitoringSection.fact(
                html, "Labels joined", Numbers.of(join.get("matched")) + " of " + Numbers.of(join.get("labels")));
        MonitoringSection.fact(html, "Labels without prediction", Numbers.of(join.get("unmatchedLabels")));
        MonitoringSection.fact(html, "Predictions without label", Numbers.of(join.get("unmatchedPredictions")));
        html.close("dl").newline();
        if (section.has("baseline")) {
            html.element(
                    "p",
                    "Source of the value at release: " + JsonValues.text(section.path("baseline"), "source"),
                    "class",
                    "muted");
        }
        List<JsonNode> windows = new ArrayList<>();
        section.path("windows").forEach(windows::add);
        if (!windows.isEmpty()) {
            List<IntervalChart.Point> points =
                    windows.stream().map(MonitoringPerformance::point).toList();
            html.open("figure", "class", "chart-card");
            IntervalChart.draw(
                    html,
                    id + "-intervals",
                    metric,
                    points,
                    JsonValues.number(section.path("baseline"), "value", Double.NaN),
                    JsonValues.number(section, "bound", Double.NaN));
            html.element(
                            "figcaption",
                            metric + " per window with its " + Numbers.of(section.get("confidenceLevel"))
                                    + " bootstrap interval; a window fails when its whole interval lies beyond the bound.")
                    .close("figure")
                    .newline();
            table(html, windows);
        }
        detectors(html, section.path("detectors"));
    }

    private static IntervalChart.Point point(final JsonNode window) {
        JsonNode interval = window.path("interval");
        GateStatus status;
        try {
            status = GateStatus.parse(JsonValues.text(window, "status"));
        } catch (IllegalArgumentException exception) {
            status = GateStatus.INACTIVE;
        }
        return new IntervalChart.Point(
                JsonValues.text(window, "label"),
                JsonValues.number(interval, "value", Double.NaN),
                JsonValues.number(interval, "low", Double.NaN),
                JsonValues.number(interval, "high", Double.NaN),
                status);
    }

    private static void table(final Html html, final List<JsonNode> windows) {
        List<String> metrics = new ArrayList<>();
        windows.get(0).path("metrics").fieldNames().forEachRemaining(name -> {
            if (SHOWN.contains(name)) {
                metrics.add(name);
            }
        });
        html.open("div", "class", "table-wrap")
                .open("table", "class", "data")
                .open("thead")
                .open("tr");
        html.element("th", "Window")
                .element("th", "Labelled rows", "class", "num")
                .element("th", "Status");
        metrics.forEach(name -> html.element("th", name, "class", "num"));
        html.element("th", "Interval / reason").close("tr").close("thead").open("tbody");
        for (JsonNode window : windows) {
            html.open("tr", "class", "FAILED".equals(JsonValues.text(window, "status")) ? "drifted" : null)
                    .element("th", JsonValues.text(window, "label"), "scope", "row")
                    .element("td", Numbers.of(window.get("rows")), "class", "num");
            MonitoringSection.status(html, JsonValues.text(window, "status"));
            metrics.forEach(
                    name -> html.element("td", Numbers.of(window.path("metrics").get(name)), "class", "num"));
            JsonNode interval = window.path("interval");
            html.element(
                            "td",
                            window.has("reason")
                                    ? JsonValues.text(window, "reason")
                                    : "[" + Numbers.of(interval.get("low")) + ", " + Numbers.of(interval.get("high"))
                                            + "]")
                    .close("tr")
                    .newline();
        }
        html.close("tbody").close("table").close("div").newline();
    }

    private static void detectors(final Html html, final JsonNode detectors) {
        if (!detectors.isArray() || detectors.isEmpty()) {
            return;
        }
        html.element("h3", "Concept drift on the error stream").newline();
        html.open("div", "class", "table-wrap")
                .open("table", "class", "data")
                .open("thead")
                .open("tr");
        for (String heading : new String[] {"Detector", "Rows", "Change began", "Detected"}) {
            html.element("th", heading);
        }
        html.close("tr").close("thead").open("tbody");
        for (JsonNode detector : detectors) {
            JsonNode changes = detector.path("changes");
            if (changes.isEmpty()) {
                html.open("tr")
                        .element("td", JsonValues.text(detector, "detector"))
                        .element("td", Numbers.of(detector.get("rows")))
                        .element("td", "no change")
                        .element("td", "")
                        .close("tr");
            }
            for (JsonNode change : changes) {
                html.open("tr")
                        .element("td", JsonValues.text(detector, "detector"))
                        .element("td", Numbers.of(detector.get("rows")))
                        .element(
                                "td",
                                "row " + Numbers.of(change.get("startedRow")) + ", "
                                        + JsonValues.text(change, "startedAt"))
                        .element(
                                "td",
                                "row " + Numbers.of(change.get("detectedRow")) + ", "
                                        + JsonValues.text(change, "detectedAt"))
                        .close("tr");
            }
        }
        html.close("tbody").close("table").close("div").newline();
    }
}
