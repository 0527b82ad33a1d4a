package io.modelgate.cli.validation;

import io.modelgate.cli.CsvOptions;
import io.modelgate.cli.OutputOptions;
import io.modelgate.cli.Reports;
import io.modelgate.cli.Verdict;
import io.modelgate.data.ColumnType;
import io.modelgate.data.CsvFormat;
import io.modelgate.data.DataPass;
import io.modelgate.data.Fingerprint;
import io.modelgate.drift.Correction;
import io.modelgate.drift.DriftOptions;
import io.modelgate.drift.DriftReport;
import io.modelgate.drift.DriftRule;
import io.modelgate.drift.DriftRun;
import io.modelgate.report.Evidence;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import io.modelgate.validation.Schema;
import io.modelgate.validation.SchemaReader;
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

/** {@code modelgate drift}: compares every column of a dataset with a reference, without validating it. */
@Command(
        name = "drift",
        mixinStandardHelpOptions = true,
        description = {
            "Checks every column of the current data for drift against a reference (PSI, Kolmogorov-Smirnov,"
                    + " chi-square, Jensen-Shannon, Wasserstein), with p-values that account for sample size and a"
                    + " correction for the number of columns.",
            "Exit codes: 0 no drift beyond the policy, 1 drift, 2 usage or input error."
        })
public final class DriftCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--reference",
            required = true,
            paramLabel = "FILE",
            description = "The reference data, e.g. the training data.")
    Path reference;

    @Option(names = "--current", required = true, paramLabel = "FILE", description = "The data to compare with it.")
    Path current;

    @Option(
            names = "--schema",
            paramLabel = "FILE",
            description =
                    "Column types and drift settings; without it, types are sniffed from the reference's first 10,000 rows.")
    Path schema;

    @Option(
            names = "--alpha",
            paramLabel = "A",
            description = "Significance level after correction (default 0.05, or the schema's).")
    Double alpha;

    @Option(names = "--correction", paramLabel = "NAME", description = "benjamini-hochberg (default) or bonferroni.")
    String correction;

    @Option(
            names = "--rule",
            paramLabel = "RULE",
            description = "both (default): significant and large; pvalue; effect.")
    String rule;

    @Mixin
    CsvOptions csv;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        CsvFormat format = csv.format();
        Map<String, ColumnType> columns;
        DriftOptions options;
        List<Input> inputs = new ArrayList<>();
        if (schema != null) {
            Schema parsed = SchemaReader.read(schema);
            columns = parsed.driftColumns();
            options = parsed.driftOptions();
            inputs.add(Input.ofFile("schema", schema));
        } else {
            columns = DriftPlan.sniff(reference, format);
            options = DriftOptions.defaults();
        }
        try {
            options = overrides(options);
        } catch (IllegalArgumentException exception) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), exception.getMessage(), exception);
        }
        var run = new DriftRun(reference, format, columns, options);
        run.profileReference(
                (label, file) -> Reports.progress(spec.commandLine().getErr(), label, file, output.quiet()));
        var progress = Reports.progress(
                spec.commandLine().getErr(), "profile " + current.getFileName(), current, output.quiet());
        Fingerprint fingerprint =
                new DataPass(current, format).withProgress(progress).run(run.currentProfilers(current));
        progress.done();
        DriftReport report = run.compare();
        inputs.add(0, run.referenceInput());
        inputs.add(1, new Input("current", current.toString(), fingerprint.sha256(), fingerprint.rows()));
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put(DriftReport.SECTION, report.section());
        Evidence evidence = Evidence.of(
                "drift", new Subject(output.model(), output.modelVersion()), inputs, report.checks(), sections);
        List<Path> files = Reports.write(evidence, output, "drift", "Drift of " + current.getFileName());
        Verdict.print(spec.commandLine().getOut(), evidence, files, output.quiet());
        return Verdict.exitCode(evidence.status(), output.failOnWarning());
    }

    private DriftOptions overrides(final DriftOptions options) {
        DriftOptions result = options;
        if (alpha != null) {
            result = result.withAlpha(alpha);
        }
        if (correction != null) {
            result = result.withCorrection(Correction.parse(correction));
        }
        if (rule != null) {
            result = result.withRule(DriftRule.parse(rule));
        }
        return result;
    }
}
