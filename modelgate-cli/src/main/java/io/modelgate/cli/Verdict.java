package io.modelgate.cli;

import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints the outcome of a gate command the way Warnings NG prints quality gates, {@code [check] STATUS - actual vs
 * expected}, one line per problem, then one summary line, and turns the status into the exit code.
 */
public final class Verdict {
    private Verdict() {}

    /**
     * Prints the checks that are problems and a summary.
     *
     * @param out where to print
     * @param evidence the evidence
     * @param files the files written
     * @param quiet whether to print only the summary
     */
    public static void print(
            final PrintWriter out, final Evidence evidence, final List<Path> files, final boolean quiet) {
        List<Check> problems = evidence.problems();
        if (!quiet) {
            for (Check check : problems) {
                out.println("[" + check.name() + "] " + check.status() + " - " + check.message());
            }
        }
        long failed = problems.stream()
                .filter(check -> !check.status().isSuccessful())
                .count();
        out.println("[" + evidence.kind() + "] " + evidence.status() + " - "
                + evidence.checks().size() + " checks, "
                + failed + " failed, " + (problems.size() - failed) + " other problems; evidence: "
                + files.stream()
                        .map(Path::toString)
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("none"));
        out.flush();
    }

    /**
     * Chooses the exit code for a status.
     *
     * @param status the overall status
     * @param failOnWarning whether NOTE and WARNING fail too
     * @return 0 or 1
     */
    public static int exitCode(final GateStatus status, final boolean failOnWarning) {
        if (!status.isSuccessful() || failOnWarning && status.isProblem()) {
            return ExitCodes.GATE_FAILED;
        }
        return ExitCodes.PASSED;
    }
}
