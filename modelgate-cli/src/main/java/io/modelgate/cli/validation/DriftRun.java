package io.modelgate.cli.validation;

import io.modelgate.cli.Reports;
import io.modelgate.data.ColumnType;
import io.modelgate.data.CsvFormat;
import io.modelgate.data.CsvReader;
import io.modelgate.data.DataFormatException;
import io.modelgate.data.DataPass;
import io.modelgate.data.Fingerprint;
import io.modelgate.drift.DatasetProfile;
import io.modelgate.drift.DriftAnalysis;
import io.modelgate.drift.DriftOptions;
import io.modelgate.drift.DriftProfiler;
import io.modelgate.drift.DriftReport;
import io.modelgate.report.Input;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One drift comparison as the commands run it: the reference is profiled in a pass of its own; the current data's
 * profilers ride along the pass that validates it; then the two profiles are compared.
 */
final class DriftRun {
    private final Path reference;
    private final CsvFormat format;
    private final Map<String, ColumnType> columns;
    private final DriftOptions options;
    private DatasetProfile referenceProfile;
    private Fingerprint referenceFingerprint;
    private List<DriftProfiler> current = List.of();

    DriftRun(
            final Path reference,
            final CsvFormat format,
            final Map<String, ColumnType> columns,
            final DriftOptions options) {
        this.reference = reference;
        this.format = format;
        this.columns = columns;
        this.options = options;
    }

    /** Profiles the reference; checks first that it has every column to compare. */
    void profileReference(final PrintWriter err, final boolean quiet) throws IOException {
        requireColumns(reference);
        List<DriftProfiler> parts = DriftProfiler.parts(columns, DriftPlan.threads());
        var progress = Reports.progress(err, "profile " + reference.getFileName(), reference, quiet);
        referenceFingerprint =
                new DataPass(reference, format).withProgress(progress).run(parts);
        progress.done();
        referenceProfile = DriftProfiler.combine(parts);
    }

    /**
     * Creates the profilers of the current data, to add to the pass over it.
     *
     * @param data the current data, whose header is checked first
     * @return the profilers
     * @throws IOException when the header cannot be read
     */
    List<DriftProfiler> currentProfilers(final Path data) throws IOException {
        requireColumns(data);
        current = DriftProfiler.parts(columns, DriftPlan.threads());
        return current;
    }

    DriftReport compare() {
        return DriftAnalysis.compare(referenceProfile, DriftProfiler.combine(current), options);
    }

    Input referenceInput() {
        return new Input("reference", reference.toString(), referenceFingerprint.sha256(), referenceFingerprint.rows());
    }

    private void requireColumns(final Path file) throws IOException {
        List<String> header;
        try (CsvReader reader = CsvReader.open(file, format)) {
            header = reader.header();
        }
        List<String> missing = new ArrayList<>(columns.keySet());
        missing.removeAll(header);
        if (!missing.isEmpty()) {
            throw new DataFormatException(
                    file,
                    1,
                    0,
                    "column(s) " + String.join(", ", missing) + " to compare for drift are missing from the header ("
                            + String.join(", ", header) + ")");
        }
    }
}
