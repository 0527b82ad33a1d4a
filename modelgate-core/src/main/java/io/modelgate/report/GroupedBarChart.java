package io.modelgate.report;

import java.util.List;

/**
 * Draws an inline SVG bar chart that compares two series bin by bin (reference against current), with a legend,
 * a value axis with grid lines, bin labels, and a {@code <title>} on every bar so that screen readers and hover
 * tips give the exact values.
 */
final class GroupedBarChart {
    private static final int WIDTH = 480;
    private static final int HEIGHT = 250;
    private static final int LEFT = 52;
    private static final int RIGHT = 10;
    private static final int TOP = 30;
    private static final int BOTTOM = 64;
    private static final double PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    private static final int MAX_LABEL = 16;
    private static final int MAX_BIN_LABELS = 12;

    private GroupedBarChart() {}

    /**
     * Draws the chart.
     *
     * @param html where to write
     * @param id a page-unique id for the chart's title
     * @param title what the chart shows, e.g. the feature's name
     * @param labels one label per bin
     * @param reference the reference value per bin
     * @param current the current value per bin
     */
    static void draw(
            final Html html,
            final String id,
            final String title,
            final List<String> labels,
            final List<Double> reference,
            final List<Double> current) {
        int bins = Math.min(labels.size(), Math.min(reference.size(), current.size()));
        double top = Scale.niceMaximum(Math.max(max(reference), max(current)));
        boolean shares = max(reference) <= 1 && max(current) <= 1;
        Svg.open(html, "chart", WIDTH, HEIGHT, id)
                .element("title", title + ": reference and current distribution per bin", "id", id);
        axes(html, top, shares ? "share of rows" : "rows");
        legend(html);
        double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, bins);
        double bar = slot * 0.38;
        int every = (int) Math.ceil(bins / (double) MAX_BIN_LABELS);
        for (int i = 0; i < bins; i++) {
            double x = LEFT + i * slot + slot * 0.1;
            bar(html, "series-reference", Svg.REFERENCE, x, bar, reference.get(i), top, "reference " + labels.get(i));
            bar(
                    html,
                    "series-current",
                    Svg.CURRENT,
                    x + bar + slot * 0.04,
                    bar,
                    current.get(i),
                    top,
                    "current " + labels.get(i));
            if (i % every == 0) {
                binLabel(html, labels.get(i), LEFT + (i + 0.5) * slot);
            }
        }
        html.close("svg");
    }

    private static void axes(final Html html, final double top, final String unit) {
        for (int tick = 0; tick <= 4; tick++) {
            double y = HEIGHT - BOTTOM - PLOT_HEIGHT * tick / 4;
            Svg.line(html, tick == 0 ? "axis" : "grid", tick == 0 ? Svg.MUTED : Svg.GRID, new double[] {
                LEFT, y, WIDTH - RIGHT, y
            });
            Svg.text(html, Numbers.format(top * tick / 4), "tick", 10, LEFT - 6, y + 3, "end", 0);
        }
        Svg.text(html, unit, "axis-label", 11, 14, TOP + PLOT_HEIGHT / 2, "middle", -90);
    }

    private static void legend(final Html html) {
        Svg.rect(html, "series-reference", Svg.REFERENCE, new double[] {LEFT, 8, 12, 12}, null);
        Svg.text(html, "reference", "legend", 11, LEFT + 17, 18, "start", 0);
        Svg.rect(html, "series-current", Svg.CURRENT, new double[] {LEFT + 100, 8, 12, 12}, null);
        Svg.text(html, "current", "legend", 11, LEFT + 117, 18, "start", 0);
    }

    private static void bar(
            final Html html,
            final String series,
            final String fill,
            final double x,
            final double width,
            final double value,
            final double top,
            final String what) {
        double height = !Double.isFinite(value) ? 0 : Math.max(0, PLOT_HEIGHT * value / top);
        Svg.rect(
                html,
                series,
                fill,
                new double[] {x, HEIGHT - BOTTOM - height, width, height},
                what + ": " + Numbers.format(value));
    }

    private static void binLabel(final Html html, final String label, final double x) {
        String shown = label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL - 1) + "\u2026" : label;
        Svg.text(html, shown, "tick", 10, x, HEIGHT - BOTTOM + 14, "end", -35);
    }

    private static double max(final List<Double> values) {
        return values.stream()
                .filter(Double::isFinite)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
    }
}
