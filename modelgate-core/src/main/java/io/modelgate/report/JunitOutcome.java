package io.modelgate.report;

/** Writes the outcome of one check inside its {@code <testcase>}: nothing, system-out, skipped or failure. */
final class JunitOutcome {
    private JunitOutcome() {}

    static boolean isFailure(final Check check) {
        return check.status() == GateStatus.ERROR || check.status() == GateStatus.FAILED;
    }

    /**
     * Closes the open {@code <testcase} tag of a check, with the elements its status needs.
     *
     * @param xml the document so far, ending inside the start tag
     * @param check the check
     */
    static void append(final StringBuilder xml, final Check check) {
        switch (check.status()) {
            case PASSED -> xml.append("/>\n");
            case INACTIVE ->
                xml.append(">\n      <skipped message=\"")
                        .append(Markup.escape(orEmpty(check.message())))
                        .append("\"/>\n    </testcase>\n");
            case NOTE, WARNING ->
                xml.append(">\n      <system-out>")
                        .append(Markup.escape(check.status() + ": " + body(check)))
                        .append("</system-out>\n    </testcase>\n");
            case ERROR, FAILED ->
                xml.append(">\n      <failure message=\"")
                        .append(Markup.escape(orEmpty(check.message())))
                        .append("\" type=\"")
                        .append(check.status().name())
                        .append("\">")
                        .append(Markup.escape(body(check)))
                        .append("</failure>\n    </testcase>\n");
        }
    }

    private static String body(final Check check) {
        StringBuilder body = new StringBuilder(orEmpty(check.message())).append('\n');
        body.append("actual: ").append(orEmpty(check.actual())).append('\n');
        body.append("expected: ").append(orEmpty(check.expected())).append('\n');
        if (!check.examples().isEmpty()) {
            body.append("examples:\n");
            for (Check.Example example : check.examples()) {
                body.append("  line ")
                        .append(example.line())
                        .append(": ")
                        .append(orEmpty(example.value()))
                        .append('\n');
            }
        }
        return body.toString();
    }

    private static String orEmpty(final String text) {
        return text == null ? "" : text;
    }
}
