package io.modelgate.cli.monitoring;

import io.modelgate.cli.CsvOptions;
import io.modelgate.cli.OutputOptions;
import io.modelgate.data.ColumnType;
import io.modelgate.drift.DriftOptions;
import io.modelgate.monitoring.DriftMonitor;
import io.modelgate.monitoring.DriftMonitoringReport;
import io.modelgate.monitoring.DriftWindows;
import io.modelgate.monitoring.LogHealth;
import io.modelgate.monitoring.PredictionColumns;
import io.modelgate.monitoring.RetrainRequest;
import io.modelgate.report.Evidence;
import io.modelgate.report.Input;
import io.modelgate.scoring.PmmlModel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelgate monitor drift}: drift of the logged inputs and predictions per window against the reference. */
@Command(
        name = "drift",
        mixinStandardHelpOptions = true,
        description = {
            "Reads the scoring service's request log (rotated, gzip too) in one streaming pass and compares every time"
                    + " window with the reference: each model input with the drift engine of `modelgate drift`"
                    + " (sample-size aware p-values, Benjamini-Hochberg, rule both), and the predictions with the"
                    + " reference scored by the model. Windows with too few rows are INACTIVE. Evidence kind"
                    + " monitoring; the HTML report shows a heat map of drift per column and window.",
            "Exit codes: 0 no drift, 1 drift (a retrain request was written), 2 usage or input error."
        })
public final class MonitorDriftCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--pmml", required = true, paramLabel = "FILE", description = "The released model (PMML).")
    Path pmml;

    @Option(
            names = "--reference",
            paramLabel = "CSV",
            description = "The reference data, e.g. the training data; without it no window gets a verdict.")
    Path reference;

    @Option(
            names = "--reference-predictions",
            paramLabel = "CSV",
            description = "Recorded reference predictions (columns prediction and probability(<class>), as"
                    + " `modelgate score` writes them) instead of scoring the reference.")
    Path referencePredictions;

    @Option(
            names = "--positive-class",
            paramLabel = "CLASS",
            description = "The class whose probability is profiled (default: 1 if a class, else the last class).")
    String positiveClass;

    @Option(
            names = "--min-rows",
            paramLabel = "N",
            defaultValue = "100",
            description = "Rows a window needs for a verdict (default: ${DEFAULT-VALUE}).")
    long minRows = DriftMonitor.DEFAULT_MIN_ROWS;

    @Mixin
    LogOptions log;

    @Mixin
    CsvOptions csv;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        PmmlModel model = PmmlModel.load(pmml);
        Map<String, ColumnType> columns;
        PredictionColumns predictions;
        DriftWindows windows;
        long since;
        try {
            log.check();
            if (minRows < 1) {
                throw new IllegalArgumentException("--min-rows must be at least 1, got " + minRows);
            }
            columns = ModelColumns.inputs(model);
            predictions = ModelColumns.predictions(model, positiveClass);
            windows = new DriftWindows(log.windows(), columns, predictions);
            since = log.sinceMillis(Instant.now());
        } catch (IllegalArgumentException exception) {
            throw new CommandLine.ParameterException(spec.commandLine(), exception.getMessage(), exception);
        }
        ReferenceProfiles profiles =
                ReferenceProfiles.read(reference, referencePredictions, csv.format(), model, columns, predictions);
        DriftMonitor monitor =
                new DriftMonitor(profiles.inputs(), profiles.predictions(), DriftOptions.defaults(), minRows);
        LogHealth health = log.reader(List.copyOf(columns.keySet()), since).read(windows);
        health.requireAtMost(log.log, log.maxCorrupt);
        DriftMonitoringReport report =
                new DriftMonitoringReport(monitor.judge(windows), health, log.settings(minRows, since));
        List<Input> inputs = new ArrayList<>();
        inputs.add(new Input("model", pmml.toString(), model.hash(), -1));
        inputs.addAll(profiles.evidenceInputs());
        inputs.add(new Input("log", log.log.toString(), null, health.entries()));
        Evidence evidence =
                MonitorEvidence.of(output, model, inputs, report.checks(), report.section(), report.hasVerdict());
        return MonitorEvidence.finish(
                spec,
                output,
                log,
                evidence,
                RetrainRequest.reasons(report),
                "Drift of " + model.name() + " in " + log.log.getFileName());
    }
}
