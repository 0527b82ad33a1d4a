package io.modelgate.jenkins.steps;

import hudson.remoting.VirtualChannel;
import io.modelgate.report.Evidence;
import io.modelgate.report.EvidenceJson;
import io.modelgate.report.HtmlReport;
import io.modelgate.report.Input;
import io.modelgate.report.JunitXml;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import jenkins.MasterToSlaveFileCallable;

/**
 * The work of a gate step on the agent that holds the workspace: runs the core feature, writes the evidence JSON,
 * the HTML report and the JUnit XML into the evidence folder, and sends back only a {@link GateOutcome}. Failures
 * come back as plain JDK or Jenkins exceptions with their message, never as a library's exception.
 */
final class GateTask extends MasterToSlaveFileCallable<GateOutcome> {
    private static final long serialVersionUID = 1L;

    private final GateStep step;

    GateTask(final GateStep step) {
        this.step = step;
    }

    @Override
    public GateOutcome invoke(final File workspace, final VirtualChannel channel) throws IOException {
        Path base = workspace.toPath().toAbsolutePath();
        try {
            Evidence evidence = relativeInputs(step.evaluate(base), base);
            Path folder = base.resolve(step.getEvidence());
            String name = step.evidenceName();
            Path json = EvidenceJson.write(evidence, folder, name);
            Path html = folder.resolve(name + ".html");
            HtmlReport.write(html, step.title(), List.of(evidence));
            Path junit = folder.resolve(name + "-junit.xml");
            JunitXml.write(junit, List.of(evidence));
            return GateOutcome.of(evidence, List.of(relative(base, json), relative(base, html), relative(base, junit)));
        } catch (IOException | RuntimeException failure) {
            throw AgentFailures.plain(failure);
        }
    }

    /** Names the inputs as the step named them, relative to the workspace, so the evidence does not move with it. */
    private static Evidence relativeInputs(final Evidence evidence, final Path base) {
        List<Input> inputs = evidence.inputs().stream()
                .map(input ->
                        new Input(input.role(), relative(base, Path.of(input.path())), input.sha256(), input.rows()))
                .toList();
        return new Evidence(
                evidence.kind(),
                evidence.schemaVersion(),
                evidence.status(),
                evidence.subject(),
                evidence.createdAt(),
                evidence.tool(),
                inputs,
                evidence.checks(),
                evidence.sections());
    }

    private static String relative(final Path base, final Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : file.toString();
    }
}
