package io.modelgate.report;

import java.util.Locale;

/**
 * Builds HTML text: every text and attribute value goes through {@link Markup#escape}, so user data cannot inject
 * markup. The output is also well-formed XML (void elements are self-closed), which lets tests read it with the
 * JDK's XML parser.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /**
     * Opens an element.
     *
     * @param tag the element name, a constant
     * @param attributes name and value pairs; a {@code null} value leaves the attribute out
     * @return this
     */
    Html open(final String tag, final String... attributes) {
        out.append('<').append(tag);
        appendAttributes(attributes);
        out.append('>');
        return this;
    }

    /**
     * Writes an element without content, self-closed.
     *
     * @param tag the element name, a constant
     * @param attributes name and value pairs
     * @return this
     */
    Html empty(final String tag, final String... attributes) {
        out.append('<').append(tag);
        appendAttributes(attributes);
        out.append("/>");
        return this;
    }

    Html close(final String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /**
     * Writes an element holding text.
     *
     * @param tag the element name, a constant
     * @param text the text, escaped
     * @param attributes name and value pairs
     * @return this
     */
    Html element(final String tag, final String text, final String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(final String text) {
        out.append(Markup.escape(text));
        return this;
    }

    /**
     * Writes trusted markup as is: constants of this package only, never user data.
     *
     * @param markup the markup
     * @return this
     */
    Html raw(final String markup) {
        out.append(markup);
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    /**
     * Writes a status badge.
     *
     * @param status the status
     * @return this
     */
    Html badge(final GateStatus status) {
        return element("span", status.name(), "class", "badge " + statusClass(status));
    }

    static String statusClass(final GateStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }

    private void appendAttributes(final String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come in name and value pairs, got " + attributes.length);
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ')
                        .append(attributes[i])
                        .append("=\"")
                        .append(Markup.escape(attributes[i + 1]))
                        .append('"');
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
