package io.modelgate.jenkins.steps;

import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import java.io.PrintStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the agent sends back about a piece of evidence: its kind and status, the counts, the checks that are not
 * passes (problems worst first, then the INACTIVE ones, at most {@value #KEPT_CHECKS}), the inputs and the files
 * written. Only JDK types and classes of this plugin, so that it passes the controller's class filter.
 */
public final class GateOutcome implements Serializable {
    /** Checks kept for the log, the build page and build.xml; the evidence file has them all. */
    static final int KEPT_CHECKS = 100;

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String status;
    private final int checkCount;
    private final int problemCount;
    private final int failedCount;
    private final int inactiveCount;
    private final ArrayList<GateCheck> checks;
    private final ArrayList<GateInput> inputs;
    private final ArrayList<String> files;

    private GateOutcome(final Evidence evidence, final List<String> written) {
        List<Check> all = evidence.checks();
        this.kind = evidence.kind();
        this.status = evidence.status().name();
        this.checkCount = all.size();
        this.problemCount = count(all, true, false);
        this.failedCount = count(all, true, true);
        this.inactiveCount = (int) all.stream()
                .filter(check -> check.status() == GateStatus.INACTIVE)
                .count();
        this.checks = new ArrayList<>(all.stream()
                .filter(check -> check.status() != GateStatus.PASSED)
                .sorted(Comparator.comparingInt((Check check) -> rank(check.status())))
                .limit(KEPT_CHECKS)
                .map(GateCheck::new)
                .toList());
        this.inputs =
                new ArrayList<>(evidence.inputs().stream().map(GateInput::new).toList());
        this.files = new ArrayList<>(written);
    }

    /**
     * Summarises evidence.
     *
     * @param evidence the evidence
     * @param written the JSON, HTML and JUnit files written, relative to the workspace
     * @return the outcome
     */
    static GateOutcome of(final Evidence evidence, final List<String> written) {
        return new GateOutcome(evidence, written);
    }

    private static int count(final List<Check> checks, final boolean problem, final boolean failed) {
        return (int) checks.stream()
                .filter(check -> check.status().isProblem() == problem)
                .filter(check -> !failed || !check.status().isSuccessful())
                .count();
    }

    /** Problems worst first, then INACTIVE. */
    private static int rank(final GateStatus status) {
        return status == GateStatus.INACTIVE ? Integer.MAX_VALUE : -status.ordinal();
    }

    String kind() {
        return kind;
    }

    GateStatus status() {
        return GateStatus.valueOf(status);
    }

    int checkCount() {
        return checkCount;
    }

    int failedCount() {
        return failedCount;
    }

    List<GateCheck> checks() {
        return checks;
    }

    List<String> files() {
        return files;
    }

    /**
     * Says in one line why the evidence has a status: the first check with that status (the worst one), or for a
     * status made stricter by {@code failOnWarning}, the worst check.
     *
     * @param published the status published to the stage and run
     * @return the check's name and message, or how many checks passed and how many were not evaluated
     */
    String reason(final GateStatus published) {
        if (published == GateStatus.PASSED || checks.isEmpty()) {
            int passed = checkCount - problemCount - inactiveCount;
            return passed + " of " + checkCount + " checks passed"
                    + (inactiveCount > 0 ? ", " + inactiveCount + " not evaluated (INACTIVE)" : "");
        }
        GateCheck first = checks.stream()
                .filter(check -> check.getStatus().equals(published.name()))
                .findFirst()
                .orElse(checks.get(0));
        return (first.getName() + ": " + first.getMessage())
                .replaceAll("\\s*\\R\\s*", " ")
                .strip();
    }

    /**
     * Prints one line per check that is not a pass, then the verdict, the way Warnings NG logs quality gates.
     *
     * @param step the step's name, which starts every line
     * @param published the status published
     * @param log the build log
     */
    void log(final String step, final GateStatus published, final PrintStream log) {
        for (GateCheck check : checks) {
            log.println("[" + step + "] " + check.line());
        }
        int notPassed = problemCount + inactiveCount;
        if (notPassed > checks.size()) {
            log.println("[" + step + "] ... and " + (notPassed - checks.size()) + " more in the evidence");
        }
        String stricter = published == status() ? "" : " (" + status + ", made stricter by failOnWarning)";
        log.println("[" + step + "] " + kind + " " + published + stricter + " - " + checkCount + " checks, "
                + failedCount + " failed, " + (problemCount - failedCount) + " unstable, " + inactiveCount
                + " not evaluated; evidence: " + String.join(", ", files));
    }

    /**
     * Returns what the step gives the script: only JDK types.
     *
     * @param published the status published
     * @return status, passed (true only for PASSED), kind, counts, one-line reason, files and inputs by role
     */
    Map<String, Object> summary(final GateStatus published) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("status", published.name());
        summary.put("passed", published == GateStatus.PASSED);
        summary.put("kind", kind);
        summary.put("checks", checkCount);
        summary.put("failed", failedCount);
        summary.put("unstable", problemCount - failedCount);
        summary.put("inactive", inactiveCount);
        summary.put("reason", reason(published));
        summary.put("evidence", files.get(0));
        summary.put("html", files.get(1));
        summary.put("junit", files.get(2));
        Map<String, Object> byRole = new LinkedHashMap<>();
        for (GateInput input : inputs) {
            byRole.put(input.getRole(), input.summary());
        }
        summary.put("inputs", byRole);
        return summary;
    }
}
