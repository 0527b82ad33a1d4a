package io.modelgate.cli.stage;

import io.modelgate.cli.EvidenceOptions;
import io.modelgate.cli.Verdict;
import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Prints a stage's gates as Warnings NG does: one line per gate, {@code [gate] STATUS - actual vs expected}. */
final class GateLines {
    private GateLines() {}

    static int print(
            final PrintWriter out,
            final String label,
            final Evidence evidence,
            final List<Path> files,
            final EvidenceOptions output) {
        if (!output.quiet()) {
            for (Check check : evidence.checks()) {
                out.println("[" + check.name() + "] " + check.status() + " - " + check.actual() + " vs "
                        + check.expected() + ": " + check.message());
            }
        }
        out.println("[" + label + "] " + evidence.status() + " - evidence: " + files.get(0));
        out.flush();
        return Verdict.exitCode(evidence.status(), output.failOnWarning());
    }
}
