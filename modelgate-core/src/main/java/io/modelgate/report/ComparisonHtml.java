package io.modelgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Renders the {@code comparison} section: the verdict (status and the primary check's message), the metrics table
 * with a forest plot of the improvements, McNemar's and DeLong's tests, the slices, the decision agreement, and the
 * ROC and calibration curves of both models.
 */
final class ComparisonHtml {
    private ComparisonHtml() {}

    /**
     * Renders the section.
     *
     * @param html where to write
     * @param evidence the comparison evidence, for its checks
     * @param section the section's JSON object
     * @param idPrefix a page-unique prefix for chart ids
     */
    static void render(final Html html, final Evidence evidence, final JsonNode section, final String idPrefix) {
        html.element("h3", "Champion against candidate").newline();
        verdict(html, evidence, section);
        facts(html, section);
        String level = percent(JsonValues.number(section, "confidenceLevel", Double.NaN));
        html.element("h3", "Metrics");
        ComparisonTables.metrics(html, section, level);
        if (section.path("champion").asBoolean(false)) {
            html.open("figure", "class", "chart-card forest-card");
            ForestPlot.draw(html, idPrefix + "-forest", section.path("metrics"), level);
            html.element(
                            "figcaption",
                            "Each metric's change (candidate \u2212 champion) with its " + level
                                    + " interval, turned so that better is to the right. Dashed: no change; amber tick:"
                                    + " the bound the interval's lower end must exceed.")
                    .close("figure")
                    .newline();
        }
        html.element("h3", "Tests");
        ComparisonTables.tests(html, section.path("tests"));
        JsonNode slices = section.path("slices");
        if (slices.isArray() && !slices.isEmpty()) {
            html.element("h3", "Slices");
            ComparisonTables.slices(html, slices, level, evidence);
        }
        html.element("h3", "Decision agreement");
        agreement(html, section.path("agreement"));
        JsonNode curves = section.path("curves");
        if (curves.isObject()) {
            html.element("h3", "Curves").open("div", "class", "chart-grid");
            CurveChart.roc(html, idPrefix + "-roc", curves.path("roc"), section.path("metrics"));
            CurveChart.calibration(html, idPrefix + "-calibration", curves.path("calibration"));
            html.close("div").newline();
        }
    }

    private static void verdict(final Html html, final Evidence evidence, final JsonNode section) {
        String primary = "primary:" + JsonValues.text(section, "primaryMetric");
        Check check = evidence.checks().stream()
                .filter(candidate -> candidate.name().equals(primary))
                .findFirst()
                .orElse(null);
        GateStatus status = check == null ? evidence.status() : check.status();
        html.open("div", "class", "verdict " + Html.statusClass(status))
                .open("p", "class", "verdict-head")
                .badge(status)
                .text(" ")
                .element("code", primary)
                .close("p");
        html.element(
                        "p",
                        check == null ? "The evidence has no check " + primary + "." : check.message(),
                        "class",
                        "message")
                .close("div")
                .newline();
    }

    private static void facts(final Html html, final JsonNode section) {
        html.open("dl", "class", "facts");
        fact(html, "Primary metric", JsonValues.text(section, "primaryMetric"));
        fact(
                html,
                "Mode",
                JsonValues.text(section, "mode").toLowerCase(Locale.ROOT).replace('_', '-'));
        fact(html, "Task", JsonValues.text(section, "task"));
        fact(html, "Holdout rows", Numbers.of(section.get("rows")));
        fact(html, "Alpha", Numbers.of(section.get("alpha")));
        fact(
                html,
                "Bootstrap",
                Numbers.of(section.get("resamples")) + " resamples, seed " + JsonValues.text(section, "seed"));
        html.close("dl").newline();
    }

    private static void fact(final Html html, final String name, final String value) {
        html.open("div").element("dt", name).element("dd", value).close("div");
    }

    private static void agreement(final Html html, final JsonNode agreement) {
        if (agreement.has("reason")) {
            html.element("p", "Not evaluated: " + JsonValues.text(agreement, "reason") + ".", "class", "muted");
            return;
        }
        double rows = JsonValues.number(agreement, "rows", Double.NaN);
        double changed = JsonValues.number(agreement, "changed", Double.NaN);
        html.open("p")
                .element("strong", Numbers.percent(changed, rows))
                .text(" of the decisions at probability 0.5 change: " + Numbers.of(agreement.get("changed")) + " of "
                        + Numbers.of(agreement.get("rows")) + " rows.")
                .close("p")
                .newline();
    }

    static String percent(final double level) {
        return Double.isFinite(level) ? Numbers.format(100 * level) + "\u00a0%" : "";
    }
}
