package io.modelgate.report;

import com.fasterxml.jackson.databind.JsonNode;

/** Writes the tables of the {@code comparison} section: metrics, McNemar's and DeLong's tests, and slices. */
final class ComparisonTables {
    private ComparisonTables() {}

    static void metrics(final Html html, final JsonNode section, final String level) {
        String primary = JsonValues.text(section, "primaryMetric");
        head(
                html,
                "data comparison-metrics",
                "tttnnnn",
                "Metric",
                "Better",
                "Role",
                "Champion",
                "Candidate",
                "Delta",
                level + " CI");
        for (JsonNode metric : section.path("metrics")) {
            String name = JsonValues.text(metric, "name");
            boolean isPrimary = name.equals(primary);
            html.open("tr", "class", isPrimary ? "primary" : null)
                    .open("th", "scope", "row")
                    .element("code", name)
                    .close("th")
                    .element("td", JsonValues.text(metric, "direction") + " is better")
                    .element("td", JsonValues.text(metric, "role"));
            numbers(html, metric, "champion", "candidate");
            html.element("td", signed(metric.get("delta")), "class", "num")
                    .element("td", interval(metric), "class", "num")
                    .close("tr")
                    .newline();
        }
        foot(html);
    }

    static void tests(final Html html, final JsonNode tests) {
        JsonNode mcnemar = tests.path("mcnemar");
        html.element("h4", "McNemar's test on correctness at 0.5");
        if (mcnemar.has("reason")) {
            html.element("p", "Not computed: " + JsonValues.text(mcnemar, "reason") + ".", "class", "muted");
        } else {
            head(
                    html,
                    "data tests mcnemar",
                    "nnnnt",
                    "Only champion right (b)",
                    "Only candidate right (c)",
                    "Statistic",
                    "p-value",
                    "Variant");
            html.open("tr");
            numbers(html, mcnemar, "b", "c", "statistic", "pValue");
            html.element(
                    "td",
                    JsonValues.text(mcnemar, "variant")
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' '));
            html.close("tr");
            foot(html);
        }
        JsonNode delong = tests.path("delong");
        html.element("h4", "DeLong's test on AUC");
        if (delong.has("reason")) {
            html.element("p", "Not computed: " + JsonValues.text(delong, "reason") + ".", "class", "muted");
            return;
        }
        head(
                html,
                "data tests delong",
                "nnnnnnn",
                "Champion AUC",
                "Candidate AUC",
                "Difference",
                "Std. error",
                "z",
                "p-value",
                "CI");
        html.open("tr");
        numbers(html, delong, "championAuc", "candidateAuc");
        html.element("td", signed(delong.get("difference")), "class", "num");
        numbers(html, delong, "standardError", "z", "pValue");
        html.element("td", interval(delong), "class", "num").close("tr");
        foot(html);
    }

    static void slices(final Html html, final JsonNode slices, final String level, final Evidence evidence) {
        head(
                html,
                "data comparison-slices",
                "tnnnnnt",
                "Slice",
                "Rows",
                "Champion",
                "Candidate",
                "Delta",
                level + " CI",
                "Status");
        for (JsonNode slice : slices) {
            boolean judged = !slice.has("reason");
            html.open("tr", "class", judged ? null : "inactive")
                    .open("th", "scope", "row")
                    .element("code", JsonValues.text(slice, "column") + "=" + JsonValues.text(slice, "value"))
                    .close("th");
            numbers(html, slice, "rows");
            if (judged) {
                numbers(html, slice, "champion", "candidate");
                html.element("td", signed(slice.get("delta")), "class", "num")
                        .element("td", interval(slice), "class", "num")
                        .open("td");
                String name = "slice:" + JsonValues.text(slice, "column") + "=" + JsonValues.text(slice, "value");
                evidence.checks().stream()
                        .filter(check -> check.name().equals(name))
                        .findFirst()
                        .ifPresentOrElse(check -> html.badge(check.status()), () -> html.text("judged"));
                html.close("td");
            } else {
                html.open("td", "colspan", "4", "class", "muted").close("td");
                html.open("td")
                        .badge(GateStatus.INACTIVE)
                        .text(" " + JsonValues.text(slice, "reason"))
                        .close("td");
            }
            html.close("tr").newline();
        }
        foot(html);
    }

    /**
     * Opens a table.
     *
     * @param html where to write
     * @param style the table's CSS classes
     * @param alignment per column {@code t} for text or {@code n} for a number
     * @param headings the column headings
     */
    private static void head(final Html html, final String style, final String alignment, final String... headings) {
        html.open("div", "class", "table-wrap")
                .open("table", "class", style)
                .open("thead")
                .open("tr");
        for (int i = 0; i < headings.length; i++) {
            html.element("th", headings[i], "class", alignment.charAt(i) == 'n' ? "num" : null, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
    }

    private static void foot(final Html html) {
        html.close("tbody").close("table").close("div").newline();
    }

    private static void numbers(final Html html, final JsonNode node, final String... fields) {
        for (String field : fields) {
            html.element("td", Numbers.of(node.get(field)), "class", "num");
        }
    }

    static String signed(final JsonNode value) {
        if (value == null || !value.isNumber()) {
            return Numbers.of(value);
        }
        double number = value.doubleValue();
        return (number > 0 ? "+" : number < 0 ? "\u2212" : "") + Numbers.format(Math.abs(number));
    }

    private static String interval(final JsonNode node) {
        JsonNode low = node.get("ciLow");
        JsonNode high = node.get("ciHigh");
        if (low == null || !low.isNumber() || high == null || !high.isNumber()) {
            return "\u2013";
        }
        return "[" + signed(low) + ", " + signed(high) + "]";
    }
}
