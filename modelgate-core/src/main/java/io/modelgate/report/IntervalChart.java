package io.modelgate.report;

import java.util.List;

/**
 * Draws an inline SVG chart of a metric over time windows: per window the value and its confidence interval as a
 * whisker, a dashed line at the value at release and a dotted line at the bound the interval must not lie beyond;
 * windows that failed are red, windows without a verdict grey.
 */
final class IntervalChart {
    private static final int WIDTH = 760;
    private static final int HEIGHT = 280;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 70;
    private static final String PASSED = "#1a7f37";
    private static final String FAILED = "#cf222e";
    private static final String BOUND = "#bf8700";

    private IntervalChart() {}

    /**
     * One window.
     *
     * @param label the window's name
     * @param value the metric, NaN when undefined
     * @param low the interval's lower end, NaN when not computed
     * @param high the interval's upper end, NaN when not computed
     * @param status the window's status
     */
    record Point(String label, double value, double low, double high, GateStatus status) {}

    static void draw(
            final Html html,
            final String id,
            final String metric,
            final List<Point> points,
            final double baseline,
            final double bound) {
        double[] range = range(points, baseline, bound);
        Svg.open(html, "chart intervals", WIDTH, HEIGHT, id)
                .element(
                        "title",
                        metric + " per window with confidence intervals, the value at release and the" + " bound",
                        "id",
                        id);
        for (int tick = 0; tick <= 4; tick++) {
            double value = range[0] + (range[1] - range[0]) * tick / 4;
            double y = y(value, range);
            Svg.line(html, "grid", Svg.GRID, new double[] {LEFT, y, WIDTH - RIGHT, y});
            Svg.text(html, Numbers.format(value), "tick", 10, LEFT - 6, y + 3, "end", 0);
        }
        reference(html, baseline, range, "release", Svg.MUTED, "6 4");
        reference(html, bound, range, "bound", BOUND, "2 3");
        double step = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, points.size());
        for (int i = 0; i < points.size(); i++) {
            double x = LEFT + step * (i + 0.5);
            point(html, points.get(i), x, range);
            Svg.text(html, points.get(i).label(), "tick", 10, x, HEIGHT - BOTTOM + 14, "end", -45);
        }
        Svg.text(html, metric, "axis-label", 11, 14, TOP + (HEIGHT - TOP - BOTTOM) / 2.0, "middle", -90);
        html.close("svg").newline();
    }

    private static void point(final Html html, final Point point, final double x, final double[] range) {
        if (Double.isNaN(point.value())) {
            return;
        }
        String colour = point.status() == GateStatus.FAILED
                ? FAILED
                : point.status() == GateStatus.PASSED ? PASSED : Svg.REFERENCE;
        if (!Double.isNaN(point.low())) {
            Svg.line(html, "whisker", colour, new double[] {x, y(point.low(), range), x, y(point.high(), range)});
        }
        String title = point.label() + ": " + Numbers.format(point.value())
                + (Double.isNaN(point.low())
                        ? ""
                        : " [" + Numbers.format(point.low()) + ", " + Numbers.format(point.high()) + "]")
                + " " + point.status().name();
        html.open(
                        "circle",
                        "class",
                        "point",
                        "fill",
                        colour,
                        "cx",
                        Svg.number(x),
                        "cy",
                        Svg.number(y(point.value(), range)),
                        "r",
                        "4")
                .element("title", title)
                .close("circle");
    }

    private static void reference(
            final Html html,
            final double value,
            final double[] range,
            final String label,
            final String colour,
            final String dashes) {
        if (Double.isNaN(value)) {
            return;
        }
        double y = y(value, range);
        html.empty(
                "line",
                "class",
                "reference",
                "stroke",
                colour,
                "stroke-dasharray",
                dashes,
                "x1",
                Svg.number(LEFT),
                "y1",
                Svg.number(y),
                "x2",
                Svg.number(WIDTH - RIGHT),
                "y2",
                Svg.number(y));
        Svg.text(html, label + " " + Numbers.format(value), "tick", 10, WIDTH - RIGHT, y - 4, "end", 0);
    }

    private static double[] range(final List<Point> points, final double baseline, final double bound) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Point point : points) {
            for (double value : new double[] {point.value(), point.low(), point.high()}) {
                if (Double.isFinite(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        for (double value : new double[] {baseline, bound}) {
            if (Double.isFinite(value)) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        if (!(low < high)) {
            return new double[] {Double.isFinite(low) ? low - 1 : 0, Double.isFinite(high) ? high + 1 : 1};
        }
        double margin = (high - low) * 0.08;
        return new double[] {low - margin, high + margin};
    }

    private static double y(final double value, final double[] range) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (range[1] - value) / (range[1] - range[0]);
    }
}
