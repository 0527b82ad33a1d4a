package io.modelgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the {@code monitoring} section: the settings and the log's health, then for a drift analysis a heat map of
 * every input and prediction column's drift per window and a table of the windows; a performance analysis is drawn by
 * {@link MonitoringPerformance}.
 */
final class MonitoringSection {
    private MonitoringSection() {}

    static void render(final Html html, final JsonNode section, final String id) {
        String analysis = JsonValues.text(section, "analysis");
        html.element("h3", "performance".equals(analysis) ? "Performance over time" : "Drift over time")
                .newline();
        JsonNode log = section.path("log");
        html.open("dl", "class", "facts");
        fact(html, "Window", JsonValues.text(section, "window"));
        fact(html, "Rows for a verdict", Numbers.of(section.get("minRows")));
        fact(html, "Since", section.path("since").isNull() ? "whole log" : JsonValues.text(section, "since"));
        fact(html, "Log files", Numbers.of(log.get("files")));
        fact(html, "Entries", Numbers.of(log.get("entries")));
        fact(html, "Corrupt lines", Numbers.of(log.get("corrupt")));
        html.close("dl").newline();
        if ("performance".equals(analysis)) {
            MonitoringPerformance.render(html, section, id);
        } else {
            drift(html, section, id);
        }
    }

    static void fact(final Html html, final String name, final String value) {
        html.open("div").element("dt", name).element("dd", value).close("div");
    }

    private static void drift(final Html html, final JsonNode section, final String id) {
        List<JsonNode> windows = new ArrayList<>();
        section.path("windows").forEach(windows::add);
        if (windows.isEmpty()) {
            html.element("p", "The log had no entries to judge.", "class", "muted");
            return;
        }
        List<String> rows = new ArrayList<>(JsonValues.texts(section.get("features")));
        List<String> predictions = JsonValues.texts(section.get("predictionColumns"));
        predictions.forEach(column -> rows.add("\u2192 " + column));
        List<String> labels =
                windows.stream().map(window -> JsonValues.text(window, "label")).toList();
        HeatMap.Cell[][] cells = new HeatMap.Cell[rows.size()][windows.size()];
        for (int c = 0; c < windows.size(); c++) {
            JsonNode window = windows.get(c);
            fill(cells, 0, c, window, window.path("features"), JsonValues.texts(section.get("features")));
            fill(cells, rows.size() - predictions.size(), c, window, window.path("predictions"), predictions);
        }
        html.open("figure", "class", "chart-card heatmap-card");
        HeatMap.draw(
                html,
                id + "-heatmap",
                "Drift per column and window: effect size over its threshold",
                rows,
                labels,
                cells);
        html.element(
                        "figcaption",
                        "Each cell: the column's drift in one window against the reference, as effect"
                                + " size over the method's threshold; \u2192 rows are the model's predictions.")
                .close("figure")
                .newline();
        table(html, windows);
    }

    private static void fill(
            final HeatMap.Cell[][] cells,
            final int firstRow,
            final int column,
            final JsonNode window,
            final JsonNode results,
            final List<String> columns) {
        String label = JsonValues.text(window, "label");
        String reason = window.has("reason") ? JsonValues.text(window, "reason") : "no verdict";
        for (int r = 0; r < columns.size(); r++) {
            cells[firstRow + r][column] =
                    new HeatMap.Cell(Double.NaN, false, columns.get(r) + ", " + label + ": " + reason);
        }
        for (JsonNode result : results) {
            int r = columns.indexOf(JsonValues.text(result, "column"));
            double statistic = JsonValues.number(result, "statistic", Double.NaN);
            double threshold = JsonValues.number(result, "threshold", Double.NaN);
            boolean drifted = result.path("drifted").asBoolean(false);
            if (r >= 0) {
                cells[firstRow + r][column] = new HeatMap.Cell(
                        threshold > 0 ? statistic / threshold : Double.NaN,
                        drifted,
                        columns.get(r) + ", " + label + ": " + JsonValues.text(result, "method") + " "
                                + Numbers.of(result.get("statistic")) + " (threshold "
                                + Numbers.of(result.get("threshold")) + ", adjusted p "
                                + Numbers.of(result.get("adjustedPValue")) + ")" + (drifted ? ", drifted" : ""));
            }
        }
    }

    private static void table(final Html html, final List<JsonNode> windows) {
        html.open("div", "class", "table-wrap")
                .open("table", "class", "data")
                .open("thead")
                .open("tr");
        for (String heading :
                new String[] {"Window", "Rows", "Versions", "Inputs", "Predictions", "Drifted / reason"}) {
            html.element("th", heading, "class", "Rows".equals(heading) ? "num" : null);
        }
        html.close("tr").close("thead").open("tbody");
        for (JsonNode window : windows) {
            boolean drifted = window.path("drifted").size() > 0;
            html.open("tr", "class", drifted ? "drifted" : null)
                    .element("th", JsonValues.text(window, "label"), "scope", "row")
                    .element("td", Numbers.of(window.get("rows")), "class", "num")
                    .element("td", String.join(", ", JsonValues.texts(window.get("versions"))));
            status(html, JsonValues.text(window, "status"));
            status(html, JsonValues.text(window, "predictionStatus"));
            html.element(
                            "td",
                            window.has("reason")
                                    ? JsonValues.text(window, "reason")
                                    : String.join(", ", JsonValues.texts(window.get("drifted"))))
                    .close("tr")
                    .newline();
        }
        html.close("tbody").close("table").close("div").newline();
    }

    static void status(final Html html, final String status) {
        html.open("td");
        try {
            html.badge(GateStatus.parse(status));
        } catch (IllegalArgumentException exception) {
            html.text(status);
        }
        html.close("td");
    }
}
