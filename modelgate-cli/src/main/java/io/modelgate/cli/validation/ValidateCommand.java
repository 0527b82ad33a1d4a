package io.modelgate.cli.validation;

import io.modelgate.cli.CsvOptions;
import io.modelgate.cli.OutputOptions;
import io.modelgate.cli.Reports;
import io.modelgate.cli.Verdict;
import io.modelgate.data.CsvFormat;
import io.modelgate.data.DataPass;
import io.modelgate.data.Fingerprint;
import io.modelgate.data.RowConsumer;
import io.modelgate.drift.DriftReport;
import io.modelgate.report.AtomicFiles;
import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import io.modelgate.validation.Schema;
import io.modelgate.validation.SchemaInference;
import io.modelgate.validation.SchemaReader;
import io.modelgate.validation.ValidationOptions;
import io.modelgate.validation.ValidationReport;
import io.modelgate.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelgate validate}: checks a dataset against its schema, and against a reference for drift. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validates a CSV dataset against a schema (types, completeness, ranges, allowed values, patterns,"
                    + " uniqueness, row count, unexpected columns, duplicate rows, personal data) and, with"
                    + " --reference, checks every column for drift.",
            "Exit codes: 0 passed, 1 a gate failed, 2 usage or input error."
        })
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The CSV file to validate (.gz too).")
    Path data;

    @Option(names = "--schema", paramLabel = "FILE", description = "The schema, YAML or JSON.")
    Path schema;

    @Option(
            names = "--reference",
            paramLabel = "FILE",
            description = "Reference data (e.g. the training data) for drift.")
    Path reference;

    @Option(
            names = "--infer-schema",
            paramLabel = "OUT",
            description = "Write a schema inferred from the data to OUT and stop.")
    Path inferSchema;

    @Mixin
    CsvOptions csv;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        CsvFormat format = csv.format();
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        if (inferSchema != null) {
            return infer(format, out, err);
        }
        if (schema == null) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "validate needs --schema FILE (or --infer-schema OUT to write one from the data)");
        }
        Schema parsed = SchemaReader.read(schema);
        DriftRun drift = null;
        if (reference != null) {
            drift = new DriftRun(reference, format, parsed.driftColumns(), parsed.driftOptions());
            drift.profileReference(err, output.quiet());
        }
        ValidationReport report;
        Fingerprint fingerprint;
        try (var validator = new Validator(parsed, data.toString(), ValidationOptions.DEFAULTS)) {
            List<RowConsumer> consumers = new ArrayList<>(validator.parts(DriftPlan.threads()));
            if (drift != null) {
                consumers.addAll(drift.currentProfilers(data));
            }
            var progress = Reports.progress(err, "validate " + data.getFileName(), data, output.quiet());
            fingerprint = new DataPass(data, format).withProgress(progress).run(consumers);
            progress.done();
            report = validator.finish();
        }
        List<Input> inputs = new ArrayList<>();
        inputs.add(new Input("data", data.toString(), fingerprint.sha256(), fingerprint.rows()));
        inputs.add(Reports.fileInput("schema", schema));
        List<Check> checks = new ArrayList<>(report.checks());
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("columns", report.columns());
        if (drift != null) {
            DriftReport driftReport = drift.compare();
            inputs.add(drift.referenceInput());
            checks.addAll(driftReport.checks());
            sections.put(DriftReport.SECTION, driftReport.section());
        }
        Evidence evidence =
                Evidence.of("validation", new Subject(output.model(), output.modelVersion()), inputs, checks, sections);
        List<Path> files = Reports.write(evidence, output, "validation", "Validation of " + data.getFileName());
        Verdict.print(out, evidence, files, output.quiet());
        return Verdict.exitCode(evidence.status(), output.failOnWarning());
    }

    private int infer(final CsvFormat format, final java.io.PrintWriter out, final java.io.PrintWriter err)
            throws Exception {
        try (var inference = new SchemaInference(ValidationOptions.DEFAULTS)) {
            var progress = Reports.progress(err, "infer " + data.getFileName(), data, output.quiet());
            new DataPass(data, format).withProgress(progress).run(List.of(inference));
            progress.done();
            AtomicFiles.writeString(inferSchema, inference.toYaml(data.toString()));
        }
        out.println("Wrote the schema inferred from " + data + " to " + inferSchema + "; review it before use.");
        return 0;
    }
}
