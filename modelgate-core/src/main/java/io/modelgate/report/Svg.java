package io.modelgate.report;

import java.util.Locale;

/**
 * Writes the few SVG shapes the report's charts use. Colours and font sizes are written as SVG presentation
 * attributes as well as CSS classes, so charts keep them where a content security policy drops the page's CSS.
 */
final class Svg {
    static final String REFERENCE = "#8c959f";
    static final String CURRENT = "#0969da";
    static final String MUTED = "#59636e";
    static final String GRID = "#d8dee4";
    static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private Svg() {}

    /**
     * Opens an inline SVG image whose user units are pixels at its natural size; CSS may scale it.
     *
     * @param html where to write
     * @param style the CSS class
     * @param width the natural width
     * @param height the natural height
     * @param titleId the id of the {@code <title>} that names it, or {@code null} when the title comes first
     * @return the writer, to continue with the title
     */
    static Html open(final Html html, final String style, final int width, final int height, final String titleId) {
        return html.open(
                "svg",
                "xmlns",
                NAMESPACE,
                "class",
                style,
                "viewBox",
                "0 0 " + width + " " + height,
                "width",
                String.valueOf(width),
                "height",
                String.valueOf(height),
                "role",
                "img",
                "aria-labelledby",
                titleId);
    }

    /**
     * Draws a rectangle, with a {@code <title>} when one is given.
     *
     * @param html where to write
     * @param style the CSS class
     * @param fill the fill colour
     * @param box x, y, width and height
     * @param title the tooltip and accessible name, or {@code null}
     */
    static void rect(final Html html, final String style, final String fill, final double[] box, final String title) {
        String[] attributes = {
            "class",
            style,
            "fill",
            fill,
            "x",
            number(box[0]),
            "y",
            number(box[1]),
            "width",
            number(box[2]),
            "height",
            number(box[3])
        };
        if (title == null) {
            html.empty("rect", attributes);
        } else {
            html.open("rect", attributes).element("title", title).close("rect");
        }
    }

    static void line(final Html html, final String style, final String stroke, final double[] ends) {
        html.empty(
                "line",
                "class",
                style,
                "stroke",
                stroke,
                "x1",
                number(ends[0]),
                "y1",
                number(ends[1]),
                "x2",
                number(ends[2]),
                "y2",
                number(ends[3]));
    }

    /**
     * Writes a text.
     *
     * @param html where to write
     * @param text the text, escaped
     * @param style the CSS class
     * @param size the font size in user units
     * @param x where, horizontally
     * @param y where, vertically (the baseline)
     * @param anchor {@code start}, {@code middle} or {@code end}
     * @param rotation degrees to rotate about (x, y), 0 for none
     */
    static void text(
            final Html html,
            final String text,
            final String style,
            final int size,
            final double x,
            final double y,
            final String anchor,
            final int rotation) {
        String transform = rotation == 0 ? null : "rotate(" + rotation + " " + number(x) + " " + number(y) + ")";
        html.element(
                "text",
                text,
                "class",
                style,
                "fill",
                "tick".equals(style) ? MUTED : "#1f2328",
                "font-size",
                String.valueOf(size),
                "x",
                number(x),
                "y",
                number(y),
                "text-anchor",
                anchor,
                "transform",
                transform);
    }

    static String number(final double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
