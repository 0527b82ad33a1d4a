package io.modelgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders the {@code drift} section: the dataset-level decision (rule, multiple-testing correction, alpha), one
 * table row per feature, drifted features first and then by adjusted p-value, and one reference-against-current
 * chart per feature that has a histogram.
 */
final class DriftSection {
    private static final String[] HEADINGS = {
        "Feature",
        "Type",
        "Method",
        "Statistic",
        "Threshold",
        "Test",
        "p-value",
        "Adjusted p",
        "Band",
        "Drifted",
        "Rows (ref \u2192 cur)",
        "Missing (ref \u2192 cur)"
    };

    private static final java.util.Set<String> NUMERIC =
            java.util.Set.of("Statistic", "Threshold", "p-value", "Adjusted p", HEADINGS[10], HEADINGS[11]);

    private DriftSection() {}

    /**
     * Renders the section.
     *
     * @param html where to write
     * @param drift the section's JSON object
     * @param idPrefix a page-unique prefix for chart ids
     */
    static void render(final Html html, final JsonNode drift, final String idPrefix) {
        html.element("h3", "Feature drift").newline();
        summary(html, drift);
        List<JsonNode> results = sorted(drift.get("results"));
        if (results.isEmpty()) {
            html.element("p", "No feature results were recorded.", "class", "muted");
            return;
        }
        html.open("div", "class", "table-wrap")
                .open("table", "class", "data drift")
                .open("thead")
                .open("tr");
        for (String heading : HEADINGS) {
            html.element("th", heading, "class", NUMERIC.contains(heading) ? "num" : null);
        }
        html.close("tr").close("thead").open("tbody");
        results.forEach(result -> row(html, result));
        html.close("tbody").close("table").close("div").newline();
        html.open("div", "class", "chart-grid");
        for (int i = 0; i < results.size(); i++) {
            chart(html, results.get(i), idPrefix + "-" + i);
        }
        html.close("div").newline();
    }

    static List<JsonNode> sorted(final JsonNode results) {
        List<JsonNode> sorted = new ArrayList<>();
        if (results != null && results.isArray()) {
            results.forEach(sorted::add);
        }
        sorted.sort(Comparator.comparing(
                        (JsonNode result) -> !result.path("drifted").asBoolean(false))
                .thenComparingDouble(result -> JsonValues.number(result, "adjustedPValue", Double.POSITIVE_INFINITY)));
        return sorted;
    }

    private static void summary(final Html html, final JsonNode drift) {
        html.open("dl", "class", "facts");
        fact(html, "Decision rule", JsonValues.text(drift, "rule"));
        fact(html, "Correction", JsonValues.text(drift, "correction"));
        fact(html, "Alpha", Numbers.of(drift.get("alpha")));
        fact(html, "Drifted features", Numbers.of(drift.get("drifted")) + " of " + Numbers.of(drift.get("features")));
        html.open("div").element("dt", "Status").open("dd");
        try {
            html.badge(GateStatus.parse(JsonValues.text(drift, "status")));
        } catch (IllegalArgumentException exception) {
            html.text(JsonValues.text(drift, "status"));
        }
        html.close("dd").close("div").close("dl").newline();
    }

    private static void fact(final Html html, final String name, final String value) {
        html.open("div").element("dt", name).element("dd", value).close("div");
    }

    private static void row(final Html html, final JsonNode result) {
        boolean drifted = result.path("drifted").asBoolean(false);
        html.open("tr", "class", drifted ? "drifted" : null)
                .open("th", "scope", "row")
                .element("code", JsonValues.text(result, "column"))
                .close("th");
        html.element("td", JsonValues.text(result, "type")).element("td", JsonValues.text(result, "method"));
        for (String field : new String[] {"statistic", "threshold"}) {
            html.element("td", Numbers.of(result.get(field)), "class", "num");
        }
        html.element("td", JsonValues.text(result, "test"));
        for (String field : new String[] {"pValue", "adjustedPValue"}) {
            html.element("td", Numbers.of(result.get(field)), "class", "num");
        }
        html.element("td", JsonValues.text(result, "band"));
        html.open("td")
                .element("span", drifted ? "drifted" : "stable", "class", "pill " + (drifted ? "pill-bad" : "pill-ok"))
                .close("td");
        html.element("td", pair(result, "referenceRows", "currentRows"), "class", "num")
                .element("td", pair(result, "referenceMissing", "currentMissing"), "class", "num")
                .close("tr")
                .newline();
    }

    private static String pair(final JsonNode result, final String reference, final String current) {
        return Numbers.of(result.get(reference)) + " \u2192 " + Numbers.of(result.get(current));
    }

    private static void chart(final Html html, final JsonNode result, final String id) {
        JsonNode histogram = result.get("histogram");
        if (histogram == null || !histogram.isObject()) {
            return;
        }
        String column = JsonValues.text(result, "column");
        boolean drifted = result.path("drifted").asBoolean(false);
        html.open("figure", "class", "chart-card" + (drifted ? " drifted" : ""));
        GroupedBarChart.draw(
                html,
                id,
                column,
                JsonValues.texts(histogram.get("labels")),
                JsonValues.numbers(histogram.get("reference")),
                JsonValues.numbers(histogram.get("current")));
        html.open("figcaption")
                .element("code", column)
                .text(" \u2014 " + JsonValues.text(result, "method") + " " + Numbers.of(result.get("statistic"))
                        + ", adjusted p " + Numbers.of(result.get("adjustedPValue")));
        html.text(drifted ? " \u2014 drifted" : "")
                .close("figcaption")
                .close("figure")
                .newline();
    }
}
