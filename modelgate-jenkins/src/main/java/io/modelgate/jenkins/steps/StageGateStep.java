package io.modelgate.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.modelgate.audit.AuditTrail;
import io.modelgate.gate.EvidenceFolder;
import io.modelgate.report.Evidence;
import io.modelgate.stage.Policy;
import io.modelgate.stage.PolicyReader;
import io.modelgate.stage.Stage;
import io.modelgate.stage.StageContext;
import io.modelgate.stage.StageEvaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code mlStageGate}: judges one of the four stages from the evidence recorded in the workspace under the policy (the
 * previous stage passed, every required piece of evidence exists, is about this model and version and passed, the
 * chain of digests is consistent, for Release enough valid approvals) and records the verdict in the audit trail;
 * what {@code modelgate stage} does, on the agent that holds the workspace.
 */
public class StageGateStep extends GateStep {
    static final String FUNCTION = "mlStageGate";

    private static final long serialVersionUID = 1L;

    private final String stage;
    private String policy = "modelgate.yaml";
    private String author = "";
    private String triggeredBy = "";
    private String audit;

    /**
     * Binds the required parameter.
     *
     * @param stage integration, delivery, deployment or release (any case)
     */
    @DataBoundConstructor
    public StageGateStep(final String stage) {
        this.stage = blankTo(stage, null);
    }

    public String getStage() {
        return stage;
    }

    public String getPolicy() {
        return policy;
    }

    /**
     * Sets the policy the stage is judged under.
     *
     * @param file the policy file relative to the workspace; blank for {@code modelgate.yaml}
     */
    @DataBoundSetter
    public void setPolicy(final String file) {
        this.policy = blankTo(file, "modelgate.yaml");
    }

    public String getAuthor() {
        return author;
    }

    /**
     * Names the author of the candidate's commit, who may not approve its release under segregation of duties.
     *
     * @param user a user id or e-mail address; blank when unknown
     */
    @DataBoundSetter
    public void setAuthor(final String user) {
        this.author = blankTo(user, "");
    }

    public String getTriggeredBy() {
        return triggeredBy;
    }

    /**
     * Names who triggered the build, who may not approve its release under segregation of duties.
     *
     * @param user a user id; blank when unknown (a timer, an SCM change)
     */
    @DataBoundSetter
    public void setTriggeredBy(final String user) {
        this.triggeredBy = blankTo(user, "");
    }

    public String getAudit() {
        return audit;
    }

    /**
     * Sets the audit trail that receives one entry per verdict.
     *
     * @param file a JSON-lines file relative to the workspace; blank for {@code audit.jsonl} in the evidence folder
     */
    @DataBoundSetter
    public void setAudit(final String file) {
        this.audit = blankTo(file, null);
    }

    @Override
    String functionName() {
        return FUNCTION;
    }

    @Override
    String evidenceName() {
        return "stage-" + Stage.of(stage).key();
    }

    @Override
    String title() {
        return "Stage " + Stage.of(stage).key();
    }

    @Override
    void checkSettings() {
        if (stage == null) {
            throw new IllegalArgumentException("stage is required: integration, delivery, deployment or release");
        }
        Stage.of(stage);
    }

    @Override
    Evidence evaluate(final Path workspace) throws IOException {
        Stage judged = Stage.of(stage);
        Policy parsed = PolicyReader.read(workspace.resolve(policy));
        if (!getModel().isEmpty() && !getModel().equals(parsed.model())) {
            throw new IllegalArgumentException("model '" + getModel() + "' is not the model of the policy " + policy
                    + " ('" + parsed.model() + "')");
        }
        Path folder = workspace.resolve(getEvidence());
        StageContext context =
                new StageContext(parsed, getModelVersion(), EvidenceFolder.read(folder), author, triggeredBy);
        Evidence evidence = StageEvaluation.evaluate(judged, context);
        String subject = parsed.model() + (getModelVersion().isEmpty() ? "" : "@" + getModelVersion());
        new AuditTrail(audit == null ? folder.resolve("audit.jsonl") : workspace.resolve(audit))
                .append(
                        triggeredBy.isEmpty() ? System.getProperty("user.name", "unknown") : triggeredBy,
                        "stage",
                        subject,
                        Map.of(
                                "stage",
                                judged.key(),
                                "status",
                                evidence.status().name(),
                                "evidence",
                                getEvidence() + "/" + evidenceName() + ".json"));
        return evidence;
    }

    /** Names the step {@value #FUNCTION} and asks for a workspace: it must run inside {@code node}. */
    @Extension
    @Symbol(FUNCTION)
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Judge a stage's gates from the recorded evidence (ModelGate)";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(FilePath.class, FlowNode.class, Run.class, TaskListener.class);
        }
    }
}
