package io.modelgate.cli.monitoring;

import io.modelgate.cli.CsvOptions;
import io.modelgate.cli.OutputOptions;
import io.modelgate.monitoring.Baseline;
import io.modelgate.monitoring.JoinKey;
import io.modelgate.monitoring.LabelJoin;
import io.modelgate.monitoring.LabelTable;
import io.modelgate.monitoring.LogHealth;
import io.modelgate.monitoring.MonitoredMetric;
import io.modelgate.monitoring.PerformanceMonitor;
import io.modelgate.monitoring.PerformanceMonitoringReport;
import io.modelgate.monitoring.PerformancePolicy;
import io.modelgate.monitoring.PredictionColumns;
import io.modelgate.monitoring.RequestLogFormat;
import io.modelgate.monitoring.RetrainRequest;
import io.modelgate.report.Evidence;
import io.modelgate.report.EvidenceJson;
import io.modelgate.report.Input;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelgate monitor performance}: the model's metrics per window once late labels arrived, against release. */
@Command(
        name = "performance",
        mixinStandardHelpOptions = true,
        description = {
            "Joins the logged predictions with late labels (a hash join on the labels file, so memory follows the"
                    + " labels, not the log), computes the metrics per time window with a Poisson-bootstrap"
                    + " interval of the watched metric, and fails a window whose whole interval lies below the value"
                    + " at release minus the tolerance (above plus it for a loss). Page-Hinkley on the per-row loss and"
                    + " DDM on the errors report where a concept change began.",
            "Exit codes: 0 no significant drop, 1 a drop (a retrain request was written), 2 usage or input error."
        })
public final class MonitorPerformanceCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--labels", required = true, paramLabel = "CSV", description = "The late labels.")
    Path labels;

    @Option(
            names = "--key",
            required = true,
            paramLabel = "COLUMN",
            description = "The join key: a logged input field (a business key) or requestId.")
    String key;

    @Option(
            names = "--labels-key",
            paramLabel = "COLUMN",
            description = "The key's column in the labels file (default: the same name as --key).")
    String labelsKey;

    @Option(names = "--target", required = true, paramLabel = "COLUMN", description = "The labels' true value.")
    String target;

    @Option(
            names = "--metric",
            paramLabel = "NAME",
            defaultValue = "auc",
            description = "The watched metric: auc, accuracy, log_loss, brier (classifier) or rmse, mae (regression)"
                    + " (default: ${DEFAULT-VALUE}).")
    String metric;

    @Option(
            names = "--baseline",
            paramLabel = "JSON",
            description = "Comparison evidence of the release; the candidate's value of the metric is the baseline.")
    Path baseline;

    @Option(names = "--baseline-value", paramLabel = "X", description = "The metric's value at release, by hand.")
    Double baselineValue;

    @Option(
            names = "--tolerance",
            paramLabel = "X",
            defaultValue = "0.01",
            description = "Drop tolerated beyond the baseline, in the metric's units (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(
            names = "--positive-class",
            paramLabel = "CLASS",
            defaultValue = "1",
            description = "The positive class of a classifier (default: ${DEFAULT-VALUE}).")
    String positiveClass;

    @Option(
            names = "--min-rows",
            paramLabel = "N",
            defaultValue = "200",
            description = "Labelled rows a window needs for a verdict (default: ${DEFAULT-VALUE}).")
    long minRows;

    @Option(
            names = "--resamples",
            paramLabel = "N",
            defaultValue = "1000",
            description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Mixin
    DetectorOptions detectors;

    @Mixin
    LogOptions log;

    @Mixin
    CsvOptions csv;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        PerformancePolicy policy;
        PredictionColumns predictions;
        long since;
        try {
            log.check();
            MonitoredMetric watched = MonitoredMetric.parse(metric);
            predictions = watched.isClassification()
                    ? PredictionColumns.classification(positiveClass)
                    : PredictionColumns.regression();
            policy = new PerformancePolicy(
                    watched, baseline(watched), tolerance, 0.95, resamples, PerformancePolicy.DEFAULT_SEED, minRows);
            since = log.sinceMillis(Instant.now());
        } catch (IllegalArgumentException exception) {
            throw new CommandLine.ParameterException(spec.commandLine(), exception.getMessage(), exception);
        }
        boolean byRequest = RequestLogFormat.REQUEST_ID.equals(key);
        LabelTable table = LabelTable.read(
                labels, csv.format(), labelsKey != null ? labelsKey : key, target, !predictions.isClassification());
        LabelJoin join = new LabelJoin(
                table,
                byRequest ? JoinKey.requestId() : JoinKey.input(0),
                predictions,
                log.windows(),
                detectors.pageHinkley(),
                detectors.ddm());
        LogHealth health =
                log.reader(byRequest ? List.of() : List.of(key), since).read(join);
        health.requireAtMost(log.log, log.maxCorrupt);
        PerformanceMonitoringReport report = new PerformanceMonitoringReport(
                new PerformanceMonitor(policy).judge(join), join, policy, health, log.settings(minRows, since));
        List<Input> inputs = new ArrayList<>();
        inputs.add(new Input(
                "labels",
                labels.toString(),
                table.fingerprint().sha256(),
                table.fingerprint().rows()));
        if (baseline != null) {
            inputs.add(Input.ofFile("baseline", baseline));
        }
        inputs.add(new Input("log", log.log.toString(), null, health.entries()));
        Evidence evidence =
                MonitorEvidence.of(output, null, inputs, report.checks(), report.section(), report.hasVerdict());
        return MonitorEvidence.finish(
                spec,
                output,
                log,
                evidence,
                RetrainRequest.reasons(report),
                "Performance of " + (output.model().isEmpty() ? "the model" : output.model()) + " with late labels");
    }

    private Baseline baseline(final MonitoredMetric watched) throws java.io.IOException {
        if (baseline != null && baselineValue != null) {
            throw new IllegalArgumentException("Give --baseline or --baseline-value, not both");
        }
        if (baseline != null) {
            return Baseline.fromComparison(baseline, EvidenceJson.read(baseline), watched);
        }
        return baselineValue == null ? null : Baseline.of(watched, baselineValue);
    }
}
