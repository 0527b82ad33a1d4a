package io.modelgate.cli.monitoring;

import io.modelgate.cli.ExitCodes;
import io.modelgate.cli.OutputOptions;
import io.modelgate.cli.Reports;
import io.modelgate.cli.Verdict;
import io.modelgate.monitoring.MonitoringSettings;
import io.modelgate.monitoring.RetrainRequest;
import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Writes a monitor command's evidence and reports, prints the verdict, and leaves a retrain request when it failed. */
final class MonitorEvidence {
    private MonitorEvidence() {}

    static Evidence of(
            final OutputOptions output,
            final PmmlModel model,
            final List<Input> inputs,
            final List<Check> checks,
            final Map<String, Object> section,
            final boolean judged) {
        String name = output.model().isEmpty() && model != null ? model.name() : output.model();
        Evidence evidence = Evidence.of(
                MonitoringSettings.KIND,
                new Subject(name, output.modelVersion()),
                inputs,
                checks,
                Map.of(MonitoringSettings.SECTION, section));
        if (judged || evidence.status() != GateStatus.PASSED) {
            return evidence;
        }
        // No window got a verdict: the log's own check passing must not read as a passed gate.
        return new Evidence(
                evidence.kind(),
                evidence.schemaVersion(),
                GateStatus.INACTIVE,
                evidence.subject(),
                evidence.createdAt(),
                evidence.tool(),
                evidence.inputs(),
                evidence.checks(),
                evidence.sections());
    }

    static int finish(
            final CommandLine.Model.CommandSpec spec,
            final OutputOptions output,
            final LogOptions log,
            final Evidence evidence,
            final Map<String, Object> reasons,
            final String title)
            throws IOException {
        List<Path> files = Reports.write(evidence, output, MonitoringSettings.KIND, title);
        PrintWriter out = spec.commandLine().getOut();
        Verdict.print(out, evidence, files, output.quiet());
        int code = Verdict.exitCode(evidence.status(), output.failOnWarning());
        if (code == ExitCodes.GATE_FAILED) {
            Path request = log.retrainRequest(output.evidence());
            RetrainRequest.write(request, evidence, files.get(0), reasons);
            out.println("[monitoring] retrain request: " + request);
            out.flush();
        }
        return code;
    }
}
