package io.modelgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws an inline SVG forest plot of the comparison's metrics: per metric the change candidate − champion and its
 * interval, turned so that better is to the right (lower-is-better metrics are negated), on one symmetric axis with
 * a zero line and, for judged metrics, a tick at the bound the interval's lower end must exceed.
 */
final class ForestPlot {
    private static final int WIDTH = 760;
    private static final int LEFT = 120;
    private static final int RIGHT = 200;
    private static final int TOP = 30;
    private static final int ROW = 34;
    private static final int BOTTOM = 40;
    private static final String PASSED = "#1a7f37";
    private static final String FAILED = "#cf222e";
    private static final String BOUND = "#bf8700";

    private ForestPlot() {}

    /** One metric, oriented: low, delta and high of the improvement, and the bound (NaN when not judged). */
    private record Row(String name, double low, double delta, double high, double bound) {}

    static void draw(final Html html, final String id, final JsonNode metrics, final String level) {
        List<Row> rows = rows(metrics);
        int height = TOP + ROW * rows.size() + BOTTOM;
        double extent = Scale.niceMaximum(1.05 * extent(rows));
        Svg.open(html, "chart forest", WIDTH, height, id)
                .element(
                        "title",
                        "Forest plot: improvement of the candidate over the champion per metric, with " + level
                                + " intervals; better is to the right",
                        "id",
                        id);
        double bottom = TOP + ROW * rows.size();
        for (int tick = -2; tick <= 2; tick++) {
            double x = x(extent * tick / 2, extent);
            Svg.line(html, tick == 0 ? "zero" : "grid", tick == 0 ? Svg.MUTED : Svg.GRID, new double[] {
                x, TOP - 6, x, bottom
            });
            Svg.text(html, ComparisonTables.signed(number(extent * tick / 2)), "tick", 10, x, bottom + 14, "middle", 0);
        }
        Svg.text(html, "\u2190 candidate worse", "axis-label", 11, LEFT, TOP - 12, "start", 0);
        Svg.text(html, "candidate better \u2192", "axis-label", 11, WIDTH - RIGHT, TOP - 12, "end", 0);
        Svg.text(
                html,
                "improvement (candidate \u2212 champion, better to the right)",
                "axis-label",
                11,
                LEFT + (WIDTH - LEFT - RIGHT) / 2.0,
                bottom + 32,
                "middle",
                0);
        for (int i = 0; i < rows.size(); i++) {
            row(html, rows.get(i), TOP + ROW * i + ROW / 2.0, extent);
        }
        html.close("svg");
    }

    private static void row(final Html html, final Row row, final double y, final double extent) {
        Svg.text(html, row.name(), "legend", 12, LEFT - 10, y + 4, "end", 0);
        if (!Double.isFinite(row.delta())) {
            Svg.text(html, "not compared", "tick", 10, x(0, extent) + 6, y + 4, "start", 0);
            return;
        }
        boolean judged = Double.isFinite(row.bound());
        String colour = !judged ? Svg.CURRENT : row.low() > row.bound() ? PASSED : FAILED;
        if (Double.isFinite(row.low()) && Double.isFinite(row.high())) {
            double low = x(row.low(), extent);
            double high = x(row.high(), extent);
            Svg.line(html, "interval", colour, new double[] {low, y, high, y});
            Svg.line(html, "interval", colour, new double[] {low, y - 6, low, y + 6});
            Svg.line(html, "interval", colour, new double[] {high, y - 6, high, y + 6});
        }
        if (judged) {
            double bound = x(row.bound(), extent);
            html.open(
                            "line",
                            "class",
                            "bound",
                            "stroke",
                            BOUND,
                            "stroke-width",
                            "3",
                            "x1",
                            Svg.number(bound),
                            "y1",
                            Svg.number(y - 11),
                            "x2",
                            Svg.number(bound),
                            "y2",
                            Svg.number(y + 11))
                    .element(
                            "title",
                            row.name() + ": the lower end must exceed " + ComparisonTables.signed(number(row.bound())))
                    .close("line");
        }
        String text = ComparisonTables.signed(number(row.delta())) + "  [" + ComparisonTables.signed(number(row.low()))
                + ", " + ComparisonTables.signed(number(row.high())) + "]";
        html.open(
                        "circle",
                        "class",
                        "estimate",
                        "fill",
                        colour,
                        "cx",
                        Svg.number(x(row.delta(), extent)),
                        "cy",
                        Svg.number(y),
                        "r",
                        "5")
                .element("title", row.name() + ": improvement " + text)
                .close("circle");
        Svg.text(html, text, "tick", 11, WIDTH - RIGHT + 12, y + 4, "start", 0);
    }

    private static List<Row> rows(final JsonNode metrics) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode metric : metrics) {
            double delta = JsonValues.number(metric, "delta", Double.NaN);
            double low = JsonValues.number(metric, "ciLow", Double.NaN);
            double high = JsonValues.number(metric, "ciHigh", Double.NaN);
            double bound = JsonValues.number(metric, "bound", Double.NaN);
            boolean higher = !"lower".equals(JsonValues.text(metric, "direction"));
            rows.add(
                    higher
                            ? new Row(JsonValues.text(metric, "name"), low, delta, high, bound)
                            : new Row(JsonValues.text(metric, "name"), -high, -delta, -low, bound));
        }
        return rows;
    }

    private static double extent(final List<Row> rows) {
        double extent = 0;
        for (Row row : rows) {
            for (double value : new double[] {row.low(), row.delta(), row.high(), row.bound()}) {
                if (Double.isFinite(value)) {
                    extent = Math.max(extent, Math.abs(value));
                }
            }
        }
        return extent;
    }

    private static double x(final double value, final double extent) {
        return LEFT + (value + extent) / (2 * extent) * (WIDTH - LEFT - RIGHT);
    }

    private static JsonNode number(final double value) {
        return com.fasterxml.jackson.databind.node.DoubleNode.valueOf(value);
    }
}
