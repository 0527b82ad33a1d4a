package io.modelgate.report;

import java.util.List;

/**
 * Draws a small inline SVG histogram for a table cell: one bar per bin, scaled to the largest bin, with the bin
 * label and count in each bar's {@code <title>}.
 */
final class Sparkline {
    private static final int WIDTH = 160;
    private static final int HEIGHT = 40;

    private Sparkline() {}

    /**
     * Draws the histogram.
     *
     * @param html where to write
     * @param title what it shows, e.g. the column's name
     * @param labels one label per bin
     * @param counts one count per bin
     */
    static void draw(final Html html, final String title, final List<String> labels, final List<Double> counts) {
        int bins = Math.min(labels.size(), counts.size());
        double max = counts.stream()
                .filter(Double::isFinite)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        Svg.open(html, "sparkline", WIDTH, HEIGHT, null)
                .element("title", "Histogram of " + title + " (" + bins + " bins)");
        double slot = (double) WIDTH / Math.max(1, bins);
        for (int i = 0; i < bins; i++) {
            double value = counts.get(i);
            double height = max <= 0 || !Double.isFinite(value) ? 0 : Math.max(1, (HEIGHT - 2) * value / max);
            Svg.rect(
                    html,
                    "series-current",
                    Svg.CURRENT,
                    new double[] {i * slot + slot * 0.08, HEIGHT - height, slot * 0.84, height},
                    labels.get(i) + ": " + Numbers.format(value));
        }
        Svg.line(html, "axis", Svg.REFERENCE, new double[] {0, HEIGHT, WIDTH, HEIGHT});
        html.close("svg");
    }
}
