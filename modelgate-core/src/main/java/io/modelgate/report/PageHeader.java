package io.modelgate.report;

import java.util.List;
import java.util.Locale;

/**
 * Renders the top of the HTML report: the title, the overall status badge, the model and version, and the inputs
 * each piece of evidence was made from (file, rows, shortened SHA-256 with the full digest on hover).
 */
final class PageHeader {
    private static final int DIGEST_SHOWN = 12;

    private PageHeader() {}

    /**
     * Renders the header.
     *
     * @param html where to write
     * @param title the report's title
     * @param evidence the evidence
     */
    static void render(final Html html, final String title, final List<Evidence> evidence) {
        GateStatus overall = evidence.stream().map(Evidence::status).reduce(GateStatus.PASSED, GateStatus::worst);
        html.open("header", "class", "masthead " + Html.statusClass(overall))
                .open("div", "class", "masthead-text")
                .element("p", "ModelGate evidence report", "class", "eyebrow")
                .element("h1", title)
                .element("p", subjects(evidence), "class", "subtitle")
                .close("div")
                .open("div", "class", "overall")
                .element("span", overall.name(), "class", "badge badge-large " + Html.statusClass(overall))
                .text(" ")
                .element("span", "run result " + overall.runResult().toLowerCase(Locale.ROOT), "class", "muted")
                .close("div")
                .close("header")
                .newline();
        html.open("main").open("section", "id", "evidence").element("h2", "Evidence and inputs");
        html.open("div", "class", "table-wrap")
                .open("table", "class", "data inputs")
                .open("thead")
                .open("tr");
        for (String heading : new String[] {"Evidence", "Status", "Created", "Role", "File", "Rows", "SHA-256"}) {
            html.element("th", heading, "class", "Rows".equals(heading) ? "num" : null);
        }
        html.close("tr").close("thead").open("tbody");
        evidence.forEach(each -> inputs(html, each));
        html.close("tbody").close("table").close("div").close("section").newline();
    }

    private static void inputs(final Html html, final Evidence evidence) {
        List<Input> inputs =
                evidence.inputs().isEmpty() ? java.util.Collections.singletonList(null) : evidence.inputs();
        for (Input input : inputs) {
            html.open("tr")
                    .element("td", evidence.kind())
                    .open("td")
                    .badge(evidence.status())
                    .close("td");
            html.element("td", evidence.createdAt());
            if (input == null) {
                html.element("td", "no inputs recorded", "colspan", "4", "class", "muted")
                        .close("tr");
                continue;
            }
            html.element("td", input.role())
                    .open("td")
                    .element("code", input.path())
                    .close("td")
                    .element("td", input.rows() < 0 ? "\u2013" : Numbers.count(input.rows()), "class", "num")
                    .open("td")
                    .element("code", shortDigest(input.sha256()), "title", input.sha256())
                    .close("td")
                    .close("tr")
                    .newline();
        }
    }

    static String shortDigest(final String sha256) {
        if (sha256 == null) {
            return "";
        }
        return sha256.length() > DIGEST_SHOWN ? sha256.substring(0, DIGEST_SHOWN) + "\u2026" : sha256;
    }

    private static String subjects(final List<Evidence> evidence) {
        return evidence.stream()
                        .map(Evidence::subject)
                        .filter(subject -> subject != null
                                && subject.model() != null
                                && !subject.model().isEmpty())
                        .map(subject -> "model " + subject.model()
                                + (subject.version() == null
                                                || subject.version().isEmpty()
                                        ? ""
                                        : " \u00B7 version " + subject.version()))
                        .distinct()
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("no model yet")
                + " \u00B7 " + evidence.size() + (evidence.size() == 1 ? " piece" : " pieces") + " of evidence";
    }
}
