package io.modelgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Renders the {@code reproducibility} section of reproducibility evidence: the training command and the required
 * level, then one row per rebuild with its level, where it first differs from the original and how far its
 * predictions moved.
 */
final class ReproducibilitySection {
    private ReproducibilitySection() {}

    static void render(final Html html, final JsonNode section) {
        html.element("h3", "Rebuilds").newline();
        html.open("p")
                .text("Command ")
                .element("code", JsonValues.text(section, "command"))
                .text(", required level " + JsonValues.text(section, "required") + ", tolerance "
                        + Numbers.of(section.get("tolerance")) + ", time limit " + JsonValues.text(section, "timeout")
                        + ".")
                .close("p")
                .newline();
        html.open("div", "class", "table-wrap")
                .open("table", "class", "data")
                .open("thead")
                .open("tr");
        for (String heading :
                new String[] {"Run", "Level", "First difference", "Largest deviation", "Changed decisions"}) {
            html.element("th", heading);
        }
        html.close("tr").close("thead").open("tbody");
        for (JsonNode run : section.path("runs")) {
            JsonNode difference = run.path("difference");
            JsonNode predictions = run.path("predictions");
            html.open("tr")
                    .element("td", Numbers.of(run.get("run")), "class", "num")
                    .element("td", JsonValues.text(run, "level").toUpperCase(Locale.ROOT))
                    .open("td");
            if (difference.isObject()) {
                html.element("code", JsonValues.text(difference, "firstPath"))
                        .text(": " + JsonValues.text(difference, "expected") + " vs "
                                + JsonValues.text(difference, "actual"));
            } else {
                html.text("none");
            }
            html.close("td")
                    .element("td", predictions.isObject() ? Numbers.of(predictions.get("largest")) : "", "class", "num")
                    .element(
                            "td",
                            predictions.isObject() ? Numbers.of(predictions.get("changedDecisions")) : "",
                            "class",
                            "num")
                    .close("tr")
                    .newline();
        }
        html.close("tbody").close("table").close("div").newline();
    }
}
