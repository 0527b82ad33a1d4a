package io.modelgate.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders the checks of a report: first the checks that failed or warn, worst first, each with what was found,
 * what was expected, the message and example rows; then every check in one compact table.
 */
final class CheckSections {
    private CheckSections() {}

    /**
     * Renders the checks that are a problem, worst first across all evidence.
     *
     * @param html where to write
     * @param evidence the evidence
     */
    static void renderProblems(final Html html, final List<Evidence> evidence) {
        List<Entry> problems = new ArrayList<>();
        evidence.forEach(each -> each.problems().forEach(check -> problems.add(new Entry(each, check))));
        problems.sort(
                Comparator.comparing((Entry entry) -> entry.check().status().ordinal())
                        .reversed());
        html.open("section", "id", "failing-checks").element("h2", "Failing checks");
        if (problems.isEmpty()) {
            html.element("p", "Every check passed or was inactive.", "class", "all-clear")
                    .close("section")
                    .newline();
            return;
        }
        html.element(
                "p",
                problems.size() + " of " + total(evidence) + " checks need attention, worst first.",
                "class",
                "muted");
        problems.forEach(entry -> card(html, entry));
        html.close("section").newline();
    }

    /**
     * Renders every check in one table, evidence by evidence, in the order they were made.
     *
     * @param html where to write
     * @param evidence the evidence
     */
    static void renderAll(final Html html, final List<Evidence> evidence) {
        html.open("section", "id", "all-checks").element("h2", "All checks");
        html.open("div", "class", "table-wrap")
                .open("table", "class", "data checks")
                .open("thead")
                .open("tr");
        for (String heading : new String[] {"Evidence", "Check", "Status", "Actual", "Expected", "Message"}) {
            html.element("th", heading);
        }
        html.close("tr").close("thead").open("tbody");
        for (Evidence each : evidence) {
            for (Check check : each.checks()) {
                html.open("tr", "class", Html.statusClass(check.status()))
                        .element("td", each.kind())
                        .open("td")
                        .element("code", check.name())
                        .close("td")
                        .open("td")
                        .badge(check.status())
                        .close("td")
                        .element("td", check.actual())
                        .element("td", check.expected())
                        .element("td", check.message())
                        .close("tr")
                        .newline();
            }
        }
        html.close("tbody").close("table").close("div").close("section").newline();
    }

    private static void card(final Html html, final Entry entry) {
        Check check = entry.check();
        html.open("article", "class", "check-card " + Html.statusClass(check.status()))
                .open("header")
                .badge(check.status())
                .text(" ")
                .element("code", check.name(), "class", "check-name")
                .text(" ")
                .element("span", entry.evidence().kind(), "class", "kind")
                .close("header");
        if (check.message() != null && !check.message().isEmpty()) {
            html.element("p", check.message(), "class", "message");
        }
        html.open("dl", "class", "facts")
                .open("div")
                .element("dt", "Actual")
                .element("dd", check.actual())
                .close("div")
                .open("div")
                .element("dt", "Expected")
                .element("dd", check.expected())
                .close("div")
                .close("dl");
        if (!check.examples().isEmpty()) {
            html.open("table", "class", "examples").open("thead").open("tr");
            html.element("th", "Line", "class", "num")
                    .element("th", "Value")
                    .close("tr")
                    .close("thead")
                    .open("tbody");
            for (Check.Example example : check.examples()) {
                html.open("tr")
                        .element("td", Numbers.count(example.line()), "class", "num")
                        .open("td")
                        .element("code", example.value())
                        .close("td")
                        .close("tr");
            }
            html.close("tbody").close("table");
        }
        html.close("article").newline();
    }

    private static int total(final List<Evidence> evidence) {
        return evidence.stream().mapToInt(each -> each.checks().size()).sum();
    }

    private record Entry(Evidence evidence, Check check) {}
}
