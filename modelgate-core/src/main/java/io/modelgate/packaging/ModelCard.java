package io.modelgate.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes the model card, in Markdown and in HTML, from the manifest: purpose and owner, the interface, the data it
 * was validated on with fingerprints, the metrics with their confidence intervals, the evidence and its status, and
 * the limitations every ModelGate model card states.
 */
final class ModelCard {
    private ModelCard() {}

    static byte[] markdown(final JsonNode manifest) {
        StringBuilder md = new StringBuilder();
        md.append("# Model card: ")
                .append(manifest.path("name").asText())
                .append(' ')
                .append(manifest.path("version").asText())
                .append("\n\n");
        md.append("- Purpose: ")
                .append(orUnknown(manifest.path("purpose").asText()))
                .append('\n');
        md.append("- Owner: ")
                .append(orUnknown(manifest.path("owner").asText()))
                .append('\n');
        md.append("- Made: ")
                .append(manifest.path("created").asText())
                .append(", code revision ")
                .append(orUnknown(manifest.path("revision").asText()))
                .append('\n');
        JsonNode model = manifest.path("model");
        md.append("- Model: ")
                .append(model.path("function").asText())
                .append(", canonical hash `")
                .append(model.path("canonicalHash").asText())
                .append("`\n\n");
        md.append("## Inputs\n\n| field | type | categories |\n| --- | --- | --- |\n");
        for (JsonNode input : model.path("inputs")) {
            md.append("| ")
                    .append(input.path("name").asText())
                    .append(" | ")
                    .append(input.path("dataType").asText())
                    .append(' ')
                    .append(input.path("opType").asText())
                    .append(" | ")
                    .append(String.join(", ", texts(input.path("categories"))))
                    .append(" |\n");
        }
        md.append("\n## Data\n\n");
        if (manifest.path("data").isEmpty()) {
            md.append("No validation evidence was given.\n");
        }
        for (JsonNode data : manifest.path("data")) {
            md.append("- `")
                    .append(data.path("path").asText())
                    .append("`: ")
                    .append(data.path("rows").asLong())
                    .append(" rows, sha256 `")
                    .append(data.path("sha256").asText())
                    .append("`\n");
        }
        md.append("\n## Metrics (candidate against champion on the holdout)\n\n");
        if (manifest.path("metrics").isEmpty()) {
            md.append("No comparison evidence was given.\n");
        } else {
            md.append(
                    "| metric | candidate | champion | difference | 95 % interval |\n| --- | ---: | ---: | ---: | --- |\n");
            for (JsonNode metric : manifest.path("metrics")) {
                md.append("| ")
                        .append(metric.path("name").asText())
                        .append(" | ")
                        .append(number(metric, "candidate"))
                        .append(" | ")
                        .append(number(metric, "champion"))
                        .append(" | ")
                        .append(number(metric, "delta"))
                        .append(" | [")
                        .append(number(metric, "ciLow"))
                        .append(", ")
                        .append(number(metric, "ciHigh"))
                        .append("] |\n");
            }
        }
        md.append("\n## Evidence\n\n");
        for (JsonNode evidence : manifest.path("evidence")) {
            md.append("- ")
                    .append(evidence.path("kind").asText())
                    .append(" `")
                    .append(evidence.path("file").asText())
                    .append("`: ")
                    .append(evidence.path("status").asText())
                    .append(" (sha256 `")
                    .append(evidence.path("sha256").asText(), 0, 12)
                    .append("…`)\n");
        }
        md.append("\n## Limitations\n\n")
                .append("- The metrics hold for the holdout named in the comparison evidence; data that drifts from the"
                        + " training data can make them untrue (monitor drift).\n")
                .append("- A PMML model scores what it was trained on: inputs outside the categories above are treated"
                        + " as the model's invalid-value treatment says.\n");
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] html(final byte[] markdown) {
        StringBuilder html = new StringBuilder(
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<title>Model card</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}</style></head><body>\n");
        boolean table = false;
        boolean list = false;
        for (String line : new String(markdown, StandardCharsets.UTF_8).split("\n")) {
            if (list && !line.startsWith("- ")) {
                html.append("</ul>\n");
                list = false;
            }
            if (table && !line.startsWith("|")) {
                html.append("</table>\n");
                table = false;
            }
            if (line.startsWith("# ")) {
                html.append("<h1>").append(escape(line.substring(2))).append("</h1>\n");
            } else if (line.startsWith("## ")) {
                html.append("<h2>").append(escape(line.substring(3))).append("</h2>\n");
            } else if (line.startsWith("- ")) {
                html.append(list ? "" : "<ul>\n")
                        .append("<li>")
                        .append(escape(line.substring(2)))
                        .append("</li>\n");
                list = true;
            } else if (line.startsWith("|")) {
                if (line.startsWith("| ---")) {
                    continue;
                }
                html.append(table ? "" : "<table>\n").append("<tr>");
                for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                    html.append(table ? "<td>" : "<th>")
                            .append(escape(cell.strip()))
                            .append(table ? "</td>" : "</th>");
                }
                html.append("</tr>\n");
                table = true;
            } else if (!line.isBlank()) {
                html.append("<p>").append(escape(line)).append("</p>\n");
            }
        }
        html.append(list ? "</ul>\n" : "").append(table ? "</table>\n" : "").append("</body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(final String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("`", "");
    }

    private static String number(final JsonNode node, final String field) {
        return node.path(field).isNumber()
                ? String.format(Locale.ROOT, "%.4f", node.path(field).asDouble())
                : "";
    }

    private static String orUnknown(final String text) {
        return text.isEmpty() ? "(not stated)" : text;
    }

    private static java.util.List<String> texts(final JsonNode array) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
