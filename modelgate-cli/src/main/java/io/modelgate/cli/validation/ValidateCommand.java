package io.modelgate.cli.validation;

import io.modelgate.cli.CsvOptions;
import io.modelgate.cli.OutputOptions;
import io.modelgate.cli.Reports;
import io.modelgate.cli.Verdict;
import io.modelgate.data.CsvFormat;
import io.modelgate.data.DataPass;
import io.modelgate.report.AtomicFiles;
import io.modelgate.report.Evidence;
import io.modelgate.report.Subject;
import io.modelgate.validation.DatasetValidation;
import io.modelgate.validation.SchemaInference;
import io.modelgate.validation.ValidationOptions;
import java.nio.file.Path;
import java.util.List;
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
        Evidence evidence = new DatasetValidation(data, schema)
                .withReference(reference)
                .withFormat(format)
                .withSubject(new Subject(output.model(), output.modelVersion()))
                .withProgress((label, file) -> Reports.progress(err, label, file, output.quiet()))
                .run();
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
