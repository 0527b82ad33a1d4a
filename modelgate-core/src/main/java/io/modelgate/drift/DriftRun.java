package io.modelgate.drift;

import io.modelgate.data.ColumnType;
import io.modelgate.data.CsvFormat;
import io.modelgate.data.CsvReader;
import io.modelgate.data.DataFormatException;
import io.modelgate.data.DataPass;
import io.modelgate.data.Fingerprint;
import io.modelgate.data.ReadProgress;
import io.modelgate.report.Input;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One drift comparison as the commands and steps run it: the reference is profiled in a pass of its own; the current
 * data's profilers ride along the pass that validates it; then the two profiles are compared.
 */
public final class DriftRun {
    private final Path reference;
    private final CsvFormat format;
    private final Map<String, ColumnType> columns;
    private final DriftOptions options;
    private DatasetProfile referenceProfile;
    private Fingerprint referenceFingerprint;
    private List<DriftProfiler> current = List.of();

    /**
     * Prepares a comparison.
     *
     * @param reference the reference data, e.g. the training data
     * @param format the dialect of both files
     * @param columns the columns to compare, with their types
     * @param options thresholds and methods
     */
    public DriftRun(
            final Path reference,
            final CsvFormat format,
            final Map<String, ColumnType> columns,
            final DriftOptions options) {
        this.reference = reference;
        this.format = format;
        this.columns = columns;
        this.options = options;
    }

    /** @return the number of threads the profilers of one file share: the number of cores */
    public static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Profiles the reference; checks first that it has every column to compare.
     *
     * @param progress shows how far the read has come
     * @throws IOException when the reference cannot be read
     */
    public void profileReference(final ReadProgress progress) throws IOException {
        requireColumns(reference);
        List<DriftProfiler> parts = DriftProfiler.parts(columns, threads());
        ReadProgress.Read read = progress.start("profile " + reference.getFileName(), reference);
        referenceFingerprint =
                new DataPass(reference, format).withProgress(read).run(parts);
        read.done();
        referenceProfile = DriftProfiler.combine(parts);
    }

    /**
     * Creates the profilers of the current data, to add to the pass over it.
     *
     * @param data the current data, whose header is checked first
     * @return the profilers
     * @throws IOException when the header cannot be read
     */
    public List<DriftProfiler> currentProfilers(final Path data) throws IOException {
        requireColumns(data);
        current = DriftProfiler.parts(columns, threads());
        return current;
    }

    /** @return the comparison of the reference with the current data, once both were read */
    public DriftReport compare() {
        return DriftAnalysis.compare(referenceProfile, DriftProfiler.combine(current), options);
    }

    /** @return the reference as an input of the evidence, once it was profiled */
    public Input referenceInput() {
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
