package io.modelgate.validation;

import io.modelgate.data.CsvFormat;
import io.modelgate.data.DataPass;
import io.modelgate.data.Fingerprint;
import io.modelgate.data.ReadProgress;
import io.modelgate.data.RowConsumer;
import io.modelgate.drift.DriftReport;
import io.modelgate.drift.DriftRun;
import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a dataset against its schema, and against a reference for drift, into one piece of {@code validation}
 * evidence: what {@code modelgate validate} and the {@code mlValidateData} step run. The data are read once, the
 * reference once more.
 */
public final class DatasetValidation {
    private final Path data;
    private final Path schema;
    private Path reference;
    private CsvFormat format = CsvFormat.RFC_4180;
    private Subject subject = Subject.NONE;
    private ReadProgress progress = ReadProgress.NONE;

    /**
     * Prepares the validation of a dataset.
     *
     * @param data the CSV file (.gz too)
     * @param schema the schema, YAML or JSON
     */
    public DatasetValidation(final Path data, final Path schema) {
        this.data = data;
        this.schema = schema;
    }

    /**
     * @param referenceData the data to compare every drift column with, or {@code null} for no drift check
     * @return this validation
     */
    public DatasetValidation withReference(final Path referenceData) {
        this.reference = referenceData;
        return this;
    }

    /**
     * @param dialect the dialect of the data and the reference
     * @return this validation
     */
    public DatasetValidation withFormat(final CsvFormat dialect) {
        this.format = dialect;
        return this;
    }

    /**
     * @param model the model and version the evidence is about
     * @return this validation
     */
    public DatasetValidation withSubject(final Subject model) {
        this.subject = model;
        return this;
    }

    /**
     * @param display shows how far each read has come
     * @return this validation
     */
    public DatasetValidation withProgress(final ReadProgress display) {
        this.progress = display;
        return this;
    }

    /**
     * Reads the schema, the reference and the data, and judges them.
     *
     * @return the evidence, whose status is the worst of its checks
     * @throws IOException when a file cannot be read
     * @throws io.modelgate.data.DataFormatException when a file is malformed (naming file, line and column)
     */
    public Evidence run() throws IOException {
        Schema parsed = SchemaReader.read(schema);
        DriftRun drift = null;
        if (reference != null) {
            drift = new DriftRun(reference, format, parsed.driftColumns(), parsed.driftOptions());
            drift.profileReference(progress);
        }
        ValidationReport report;
        Fingerprint fingerprint;
        try (var validator = new Validator(parsed, data.toString(), ValidationOptions.DEFAULTS)) {
            List<RowConsumer> consumers = new ArrayList<>(validator.parts(DriftRun.threads()));
            if (drift != null) {
                consumers.addAll(drift.currentProfilers(data));
            }
            ReadProgress.Read read = progress.start("validate " + data.getFileName(), data);
            fingerprint = new DataPass(data, format).withProgress(read).run(consumers);
            read.done();
            report = validator.finish();
        }
        List<Input> inputs = new ArrayList<>();
        inputs.add(new Input("data", data.toString(), fingerprint.sha256(), fingerprint.rows()));
        inputs.add(Input.ofFile("schema", schema));
        List<Check> checks = new ArrayList<>(report.checks());
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("columns", report.columns());
        if (drift != null) {
            DriftReport driftReport = drift.compare();
            inputs.add(drift.referenceInput());
            checks.addAll(driftReport.checks());
            sections.put(DriftReport.SECTION, driftReport.section());
        }
        return Evidence.of("validation", subject, inputs, checks, sections);
    }
}
