package io.modelgate.jenkins.steps;

import hudson.model.Run;
import io.modelgate.report.GateStatus;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.RunAction2;

/**
 * The build page's record of one gate step: a line in the build summary ({@code summary.jelly}) and a page with the
 * checks that are not passes ({@code index.jelly}). It keeps only what the outcome carries, at most {@value
 * GateOutcome#KEPT_CHECKS} checks, so build.xml stays small; the evidence files hold the rest.
 */
public final class GateAction implements RunAction2 {
    private final int number;
    private final String step;
    private final String kind;
    private final String status;
    private final String evidenceStatus;
    private final String reason;
    private final int checkCount;
    private final int failedCount;
    private final ArrayList<GateCheck> checks;
    private final ArrayList<String> files;
    private transient Run<?, ?> run;

    GateAction(final int number, final String step, final GateStatus status, final GateOutcome outcome) {
        this.number = number;
        this.step = step;
        this.kind = outcome.kind();
        this.status = status.name();
        this.evidenceStatus = outcome.status().name();
        this.reason = outcome.reason(status);
        this.checkCount = outcome.checkCount();
        this.failedCount = outcome.failedCount();
        this.checks = new ArrayList<>(outcome.checks());
        this.files = new ArrayList<>(outcome.files());
    }

    @Override
    public String getIconFileName() {
        return "symbol-analytics";
    }

    @Override
    public String getDisplayName() {
        return "ModelGate " + kind + " (" + status + ")";
    }

    @Override
    public String getUrlName() {
        return "modelgate-" + number;
    }

    @Override
    public void onAttached(final Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(final Run<?, ?> r) {
        this.run = r;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    public String getStep() {
        return step;
    }

    public String getKind() {
        return kind;
    }

    /** @return the status published to the stage and run (after {@code failOnWarning}) */
    public String getStatus() {
        return status;
    }

    /** @return the status the evidence itself has */
    public String getEvidenceStatus() {
        return evidenceStatus;
    }

    public String getReason() {
        return reason;
    }

    public int getCheckCount() {
        return checkCount;
    }

    public int getFailedCount() {
        return failedCount;
    }

    public List<GateCheck> getChecks() {
        return checks;
    }

    public List<GateCheck> getFirstChecks() {
        return checks.subList(0, Math.min(5, checks.size()));
    }

    public List<String> getFiles() {
        return files;
    }
}
