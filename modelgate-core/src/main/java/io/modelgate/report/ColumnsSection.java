package io.modelgate.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Renders the {@code columns} section of validation evidence: one table row per column with its type, counts,
 * summary statistics, most frequent values and, when the evidence has one, a small histogram.
 */
final class ColumnsSection {
    private static final String[] NUMBERS = {"min", "max", "mean", "std", "distinct"};
    private static final int TOP_VALUES = 3;

    private ColumnsSection() {}

    /**
     * Renders the section.
     *
     * @param html where to write
     * @param columns the section's JSON: an array of column summaries
     */
    static void render(final Html html, final JsonNode columns) {
        html.element("h3", "Columns").newline();
        if (!columns.isArray() || columns.isEmpty()) {
            html.element("p", "No column summaries were recorded.", "class", "muted");
            return;
        }
        html.open("div", "class", "table-wrap")
                .open("table", "class", "data columns")
                .open("thead")
                .open("tr");
        for (String heading :
                new String[] {"Column", "Rows", "Missing", "Invalid", "Min", "Max", "Mean", "Std", "Distinct"}) {
            html.element("th", heading, "class", "Column".equals(heading) ? null : "num");
        }
        html.element("th", "Top values")
                .element("th", "Distribution")
                .close("tr")
                .close("thead")
                .open("tbody");
        for (JsonNode column : columns) {
            row(html, column);
        }
        html.close("tbody").close("table").close("div").newline();
    }

    private static void row(final Html html, final JsonNode column) {
        String name = JsonValues.text(column, "name");
        html.open("tr").open("th", "scope", "row").element("code", name);
        if (column.has("type")) {
            html.text(" ").element("span", JsonValues.text(column, "type"), "class", "type");
        }
        html.close("th");
        double rows = JsonValues.number(column, "rows", Double.NaN);
        html.element("td", Numbers.of(column.get("rows")), "class", "num");
        share(html, column.get("missing"), rows);
        share(html, column.get("invalid"), rows);
        for (String field : NUMBERS) {
            html.element("td", Numbers.of(column.get(field)), "class", "num");
        }
        html.open("td", "class", "top-values");
        JsonNode top = column.get("topValues");
        if (top != null && top.isArray()) {
            for (int i = 0; i < Math.min(TOP_VALUES, top.size()); i++) {
                html.open("span", "class", "chip")
                        .text(JsonValues.text(top.get(i), "value"))
                        .element("span", "\u00D7" + Numbers.of(top.get(i).get("count")), "class", "chip-count")
                        .close("span")
                        .text(" ");
            }
        }
        html.close("td").open("td", "class", "chart-cell");
        JsonNode histogram = column.get("histogram");
        if (histogram != null && histogram.isObject()) {
            Sparkline.draw(
                    html, name, JsonValues.texts(histogram.get("labels")), JsonValues.numbers(histogram.get("counts")));
        }
        html.close("td").close("tr").newline();
    }

    private static void share(final Html html, final JsonNode count, final double rows) {
        html.open("td", "class", "num").text(Numbers.of(count));
        if (count != null && count.isNumber() && rows > 0 && count.doubleValue() > 0) {
            html.text(" ").element("span", "(" + Numbers.percent(count.doubleValue(), rows) + ")", "class", "share");
        }
        html.close("td");
    }
}
