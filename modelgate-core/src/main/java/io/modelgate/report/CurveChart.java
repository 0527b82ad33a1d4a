package io.modelgate.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Draws the comparison's curves as inline SVG on the unit square: the ROC curves of champion and candidate, and
 * their calibration (mean predicted probability against the observed rate of class 1 per bin), each with the
 * diagonal as reference, a legend, axis labels and a {@code <title>}.
 */
final class CurveChart {
    private static final int WIDTH = 440;
    private static final int HEIGHT = 380;
    private static final int LEFT = 52;
    private static final int RIGHT = 16;
    private static final int TOP = 34;
    private static final int BOTTOM = 46;
    private static final double PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final double PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    private static final String[] MODELS = {"champion", "candidate"};
    private static final String[] COLOURS = {Svg.REFERENCE, Svg.CURRENT};

    private CurveChart() {}

    static void roc(final Html html, final String id, final JsonNode roc, final JsonNode metrics) {
        html.open("figure", "class", "chart-card");
        open(html, id, "ROC curves of champion and candidate", "false positive rate", "true positive rate");
        String[] labels = new String[MODELS.length];
        for (int m = 0; m < MODELS.length; m++) {
            JsonNode points = roc.path(MODELS[m]);
            labels[m] = MODELS[m] + auc(metrics, MODELS[m]);
            if (points.isArray()) {
                polyline(html, points, "fpr", "tpr", COLOURS[m], MODELS[m] + " ROC curve");
            } else if (points.has("reason")) {
                labels[m] = MODELS[m] + ": " + JsonValues.text(points, "reason");
            } else {
                labels[m] = null;
            }
        }
        legend(html, labels);
        html.close("svg")
                .element(
                        "figcaption",
                        "ROC: the share of class-1 rows found against the share of class-0 rows"
                                + " falsely flagged, over all thresholds; dashed: a random ranking.")
                .close("figure")
                .newline();
    }

    static void calibration(final Html html, final String id, final JsonNode calibration) {
        html.open("figure", "class", "chart-card");
        open(
                html,
                id,
                "Calibration of champion and candidate",
                "mean predicted probability",
                "observed rate of class 1");
        String[] labels = new String[MODELS.length];
        for (int m = 0; m < MODELS.length; m++) {
            JsonNode bins = calibration.path(MODELS[m]);
            if (!bins.isArray()) {
                continue;
            }
            labels[m] = MODELS[m];
            polyline(html, bins, "meanPredicted", "observedRate", COLOURS[m], MODELS[m] + " calibration");
            for (JsonNode bin : bins) {
                double x = JsonValues.number(bin, "meanPredicted", Double.NaN);
                double y = JsonValues.number(bin, "observedRate", Double.NaN);
                html.open(
                                "circle",
                                "class",
                                "bin",
                                "fill",
                                COLOURS[m],
                                "stroke",
                                "#ffffff",
                                "cx",
                                Svg.number(x(x)),
                                "cy",
                                Svg.number(y(y)),
                                "r",
                                "4")
                        .element(
                                "title",
                                MODELS[m] + ": predicted " + Numbers.format(x) + ", observed " + Numbers.format(y)
                                        + ", " + Numbers.of(bin.get("rows")) + " rows")
                        .close("circle");
            }
        }
        legend(html, labels);
        html.close("svg")
                .element(
                        "figcaption",
                        "Calibration in 10 equal-width probability bins (empty bins left out);"
                                + " dashed: perfect calibration. Hover a point for its rows.")
                .close("figure")
                .newline();
    }

    private static void open(
            final Html html, final String id, final String title, final String xLabel, final String yLabel) {
        Svg.open(html, "chart curve", WIDTH, HEIGHT, id).element("title", title, "id", id);
        for (int tick = 0; tick <= 4; tick++) {
            double value = tick / 4.0;
            String style = tick == 0 ? "axis" : "grid";
            String stroke = tick == 0 ? Svg.MUTED : Svg.GRID;
            Svg.line(html, style, stroke, new double[] {LEFT, y(value), WIDTH - RIGHT, y(value)});
            Svg.line(html, style, stroke, new double[] {x(value), TOP, x(value), HEIGHT - BOTTOM});
            Svg.text(html, Numbers.format(value), "tick", 10, LEFT - 6, y(value) + 3, "end", 0);
            Svg.text(html, Numbers.format(value), "tick", 10, x(value), HEIGHT - BOTTOM + 14, "middle", 0);
        }
        html.empty(
                "line",
                "class",
                "diagonal",
                "stroke",
                Svg.MUTED,
                "stroke-dasharray",
                "5 4",
                "x1",
                Svg.number(x(0)),
                "y1",
                Svg.number(y(0)),
                "x2",
                Svg.number(x(1)),
                "y2",
                Svg.number(y(1)));
        Svg.text(html, xLabel, "axis-label", 11, LEFT + PLOT_WIDTH / 2, HEIGHT - 10, "middle", 0);
        Svg.text(html, yLabel, "axis-label", 11, 14, TOP + PLOT_HEIGHT / 2, "middle", -90);
    }

    private static void polyline(
            final Html html,
            final JsonNode points,
            final String xField,
            final String yField,
            final String colour,
            final String title) {
        StringBuilder coordinates = new StringBuilder();
        for (JsonNode point : points) {
            double x = JsonValues.number(point, xField, Double.NaN);
            double y = JsonValues.number(point, yField, Double.NaN);
            if (Double.isFinite(x) && Double.isFinite(y)) {
                coordinates
                        .append(coordinates.length() == 0 ? "" : " ")
                        .append(Svg.number(x(x)))
                        .append(',')
                        .append(Svg.number(y(y)));
            }
        }
        html.open(
                        "polyline",
                        "class",
                        "curve",
                        "fill",
                        "none",
                        "stroke",
                        colour,
                        "stroke-width",
                        "2.2",
                        "stroke-linejoin",
                        "round",
                        "points",
                        coordinates.toString())
                .element("title", title)
                .close("polyline");
    }

    private static void legend(final Html html, final String[] labels) {
        double x = LEFT;
        for (int m = 0; m < labels.length; m++) {
            if (labels[m] == null) {
                continue;
            }
            Svg.rect(html, "swatch", COLOURS[m], new double[] {x, 10, 14, 4}, null);
            Svg.text(html, labels[m], "legend", 11, x + 19, 16, "start", 0);
            x += 26 + 6.2 * labels[m].length();
        }
    }

    private static String auc(final JsonNode metrics, final String model) {
        for (JsonNode metric : metrics) {
            if ("auc".equals(JsonValues.text(metric, "name"))
                    && metric.path(model).isNumber()) {
                return " (AUC " + Numbers.format(metric.path(model).doubleValue()) + ")";
            }
        }
        return "";
    }

    private static double x(final double value) {
        return LEFT + PLOT_WIDTH * value;
    }

    private static double y(final double value) {
        return HEIGHT - BOTTOM - PLOT_HEIGHT * value;
    }
}
