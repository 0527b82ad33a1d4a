package io.modelgate.report;

import java.util.List;
import java.util.Locale;

/**
 * Draws an inline SVG heat map of drift over time: one row per column, one cell per time window, coloured by the
 * effect size as a multiple of its threshold (blue below 1, red from 1 up, darkest at the "major" band of 2.5 times
 * the threshold), drifted cells outlined, windows without a verdict hatched grey. Every cell has a tooltip.
 */
final class HeatMap {
    private static final int LEFT = 150;
    private static final int TOP = 70;
    private static final int CELL_HEIGHT = 24;
    private static final int MAX_WIDTH = 760;
    private static final String INACTIVE = "#eaeef2";
    private static final String OUTLINE = "#82071e";

    private HeatMap() {}

    /**
     * One cell.
     *
     * @param ratio the effect size divided by its threshold, NaN for a window without a verdict
     * @param drifted whether the column drifted in the window
     * @param tooltip what the cell's title says
     */
    record Cell(double ratio, boolean drifted, String tooltip) {}

    static void draw(
            final Html html,
            final String id,
            final String title,
            final List<String> rows,
            final List<String> columns,
            final Cell[][] cells) {
        int cellWidth = Math.max(14, Math.min(56, (MAX_WIDTH - LEFT - 20) / Math.max(1, columns.size())));
        int width = LEFT + cellWidth * columns.size() + 20;
        int height = TOP + CELL_HEIGHT * rows.size() + 44;
        Svg.open(html, "chart heatmap", width, height, id).element("title", title, "id", id);
        for (int c = 0; c < columns.size(); c++) {
            double x = LEFT + cellWidth * (c + 0.5);
            Svg.text(html, columns.get(c), "tick", 10, x, TOP - 6, "start", -45);
        }
        for (int r = 0; r < rows.size(); r++) {
            double y = TOP + CELL_HEIGHT * r;
            Svg.text(html, rows.get(r), "axis-label", 11, LEFT - 8, y + CELL_HEIGHT * 0.66, "end", 0);
            for (int c = 0; c < columns.size(); c++) {
                cell(html, cells[r][c], new double[] {LEFT + cellWidth * c + 1, y + 1, cellWidth - 2, CELL_HEIGHT - 2});
            }
        }
        legend(html, TOP + CELL_HEIGHT * rows.size() + 22);
        html.close("svg").newline();
    }

    private static void cell(final Html html, final Cell cell, final double[] box) {
        if (cell == null) {
            return;
        }
        String fill = Double.isNaN(cell.ratio()) ? INACTIVE : colour(cell.ratio());
        Svg.rect(html, cell.drifted() ? "cell drifted" : "cell", fill, box, cell.tooltip());
        if (cell.drifted()) {
            html.empty(
                    "rect",
                    "class",
                    "cell-outline",
                    "fill",
                    "none",
                    "stroke",
                    OUTLINE,
                    "stroke-width",
                    "2",
                    "x",
                    Svg.number(box[0] + 1),
                    "y",
                    Svg.number(box[1] + 1),
                    "width",
                    Svg.number(box[2] - 2),
                    "height",
                    Svg.number(box[3] - 2));
        }
    }

    /** Blue shades below the threshold, red shades from it to 2.5 times it. */
    static String colour(final double ratio) {
        if (ratio < 1) {
            return mix(new int[] {0xf6, 0xf8, 0xfa}, new int[] {0x80, 0xb6, 0xf0}, Math.max(0, ratio));
        }
        return mix(new int[] {0xff, 0xc1, 0xba}, new int[] {0xcf, 0x22, 0x2e}, Math.min(1, (ratio - 1) / 1.5));
    }

    private static String mix(final int[] from, final int[] to, final double share) {
        StringBuilder colour = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            int channel = (int) Math.round(from[i] + (to[i] - from[i]) * share);
            colour.append(String.format(Locale.ROOT, "%02x", channel));
        }
        return colour.toString();
    }

    private static void legend(final Html html, final double y) {
        double[] ratios = {0, 0.5, 0.99, 1, 1.75, 2.5};
        String[] labels = {"0", "0.5", "", "1 (threshold)", "", "\u2265 2.5"};
        double x = LEFT;
        for (int i = 0; i < ratios.length; i++) {
            Svg.rect(html, "legend", colour(ratios[i]), new double[] {x, y, 28, 12}, null);
            if (!labels[i].isEmpty()) {
                Svg.text(html, labels[i], "tick", 10, x, y + 24, "start", 0);
            }
            x += 30;
        }
        Svg.rect(html, "legend", INACTIVE, new double[] {x + 40, y, 28, 12}, null);
        Svg.text(html, "no verdict", "tick", 10, x + 72, y + 10, "start", 0);
        Svg.text(html, "effect size / threshold; outlined: drifted", "tick", 10, x + 150, y + 10, "start", 0);
    }
}
