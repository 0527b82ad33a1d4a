package io.modelgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Renders evidence as one self-contained HTML5 page for people: inline CSS and inline SVG charts, no scripts and no
 * external resources, so it can be archived and opened offline. The page shows the overall status and inputs, the
 * failing checks worst first, all checks, and then each evidence's own sections: column summaries, drift results
 * with reference-against-current charts, the champion-against-candidate comparison with its forest plot and curves,
 * and any other section as escaped JSON.
 */
public final class HtmlReport {
    private static final String STYLE = loadStyle();

    private HtmlReport() {}

    /**
     * Renders a report.
     *
     * @param title the page's title
     * @param evidence one or more pieces of evidence
     * @return the HTML text
     */
    public static String render(final String title, final Evidence... evidence) {
        return render(title, List.of(evidence));
    }

    /**
     * Renders a report.
     *
     * @param title the page's title
     * @param evidence one or more pieces of evidence
     * @return the HTML text
     */
    public static String render(final String title, final List<Evidence> evidence) {
        Html html = new Html();
        html.raw("<!DOCTYPE html>\n")
                .open("html", "lang", "en")
                .open("head")
                .empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title)
                .open("style")
                .raw(STYLE)
                .close("style")
                .close("head")
                .newline()
                .open("body");
        PageHeader.render(html, title, evidence);
        CheckSections.renderProblems(html, evidence);
        CheckSections.renderAll(html, evidence);
        for (int i = 0; i < evidence.size(); i++) {
            details(html, evidence.get(i), "evidence-" + i);
        }
        html.close("main")
                .open("footer")
                .text("Made by " + tools(evidence) + ". Self-contained: no scripts, no external resources.")
                .close("footer")
                .close("body")
                .close("html")
                .newline();
        return html.toString();
    }

    /**
     * Writes a report, atomically.
     *
     * @param file the file to write, its folder created when missing
     * @param title the page's title
     * @param evidence one or more pieces of evidence
     * @throws IOException when the file cannot be written
     */
    public static void write(final Path file, final String title, final List<Evidence> evidence) throws IOException {
        AtomicFiles.writeString(file, render(title, evidence));
    }

    private static void details(final Html html, final Evidence evidence, final String id) {
        if (evidence.sections().isEmpty()) {
            return;
        }
        JsonNode tree = EvidenceJson.toTree(evidence);
        html.open("section", "id", id, "class", "details")
                .open("h2")
                .text(capitalised(evidence.kind()) + " details ")
                .badge(evidence.status())
                .close("h2")
                .newline();
        for (String name : evidence.sections().keySet()) {
            JsonNode section = tree.path(name);
            if ("columns".equals(name) && section.isArray()) {
                ColumnsSection.render(html, section);
            } else if ("drift".equals(name) && section.isObject()) {
                DriftSection.render(html, section, id + "-drift");
            } else if ("reproducibility".equals(name) && section.isObject()) {
                ReproducibilitySection.render(html, section);
            } else if ("comparison".equals(name) && section.isObject()) {
                ComparisonHtml.render(html, evidence, section, id + "-comparison");
            } else if ("monitoring".equals(name) && section.isObject()) {
                MonitoringSection.render(html, section, id + "-monitoring");
            } else {
                html.open("details", "class", "raw")
                        .element("summary", name)
                        .element("pre", section.toPrettyString())
                        .close("details")
                        .newline();
            }
        }
        html.close("section").newline();
    }

    private static String capitalised(final String kind) {
        return kind.isEmpty() ? kind : kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
    }

    private static String tools(final List<Evidence> evidence) {
        return evidence.stream()
                .map(Evidence::tool)
                .filter(tool -> tool != null)
                .map(tool -> tool.name() + " " + tool.version())
                .distinct()
                .reduce((a, b) -> a + ", " + b)
                .orElse("an unknown tool");
    }

    private static String loadStyle() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("The report style sheet report.css is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException exception) {
            throw new UncheckedIOException("Cannot read the report style sheet report.css", exception);
        }
    }
}
