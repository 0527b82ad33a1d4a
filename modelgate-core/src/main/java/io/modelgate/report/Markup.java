package io.modelgate.report;

/**
 * Escapes text for XML 1.0 and HTML: the five markup characters become entities, and characters that XML 1.0 does
 * not allow (control characters other than tab, line feed and carriage return, unpaired surrogates, U+FFFE and
 * U+FFFF) become U+FFFD, so user data can never break or inject markup.
 */
final class Markup {
    private static final char REPLACEMENT = '\uFFFD';

    private Markup() {}

    /**
     * Escapes text for element content and quoted attribute values.
     *
     * @param text the text, {@code null} for none
     * @return the escaped text, empty for {@code null}
     */
    static String escape(final String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                escaped.append(c).append(text.charAt(++i));
                continue;
            }
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(isAllowed(c) ? c : REPLACEMENT);
            }
        }
        return escaped.toString();
    }

    private static boolean isAllowed(final char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
