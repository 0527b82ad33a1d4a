package io.modelgate.cli;

import io.modelgate.report.Evidence;
import io.modelgate.report.EvidenceJson;
import io.modelgate.report.HtmlReport;
import io.modelgate.report.JunitXml;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a command's evidence in every form asked for: JSON in the evidence folder, and HTML and JUnit XML. */
public final class Reports {
    private Reports() {}

    /**
     * Writes the evidence, atomically.
     *
     * @param evidence the evidence
     * @param output where to
     * @param name the JSON file's base name
     * @param title the HTML report's title
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(
            final Evidence evidence, final EvidenceOptions output, final String name, final String title)
            throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(EvidenceJson.write(evidence, output.evidence(), name));
        if (output.html() != null) {
            HtmlReport.write(output.html(), title, List.of(evidence));
            files.add(output.html());
        }
        if (output.junit() != null) {
            JunitXml.write(output.junit(), List.of(evidence));
            files.add(output.junit());
        }
        return files;
    }

    /**
     * Creates a progress display for a read of a file.
     *
     * @param err stderr
     * @param label what is being done
     * @param file the file read
     * @param quiet whether progress is off
     * @return the display
     * @throws IOException when the file's size cannot be read
     */
    public static Progress progress(final PrintWriter err, final String label, final Path file, final boolean quiet)
            throws IOException {
        return new Progress(err, label, Files.size(file), !quiet);
    }
}
