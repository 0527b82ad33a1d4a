package io.modelgate.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.modelgate.audit.AuditTrail;
import io.modelgate.gate.EvidenceFolder;
import io.modelgate.registry.RegistryException;
import io.modelgate.registry.RegistryOnUse;
import io.modelgate.report.Evidence;
import io.modelgate.stage.Policy;
import io.modelgate.stage.PolicyReader;
import io.modelgate.stage.Release;
import io.modelgate.stage.StageContext;
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
 * {@code mlRelease}: records the approval given at the Pipeline's {@code input} step (refused for the author or the
 * build's trigger), then releases the version: judges the release stage, registers the bundle that passed the gates
 * and moves the alias compare-and-set, with the approver as the transition's actor; what {@code modelgate approve}
 * followed by {@code modelgate release} does, on the agent that holds the workspace.
 */
public class ReleaseStep extends GateStep {
    static final String FUNCTION = "mlRelease";

    private static final long serialVersionUID = 1L;

    private final String bundle;
    private final String approver;
    private String policy = "modelgate.yaml";
    private String registry;
    private String alias = "champion";
    private String author = "";
    private String triggeredBy = "";

    /**
     * Binds the required parameters.
     *
     * @param bundle the bundle that passed the gates, relative to the workspace
     * @param approver who approved, the {@code input} step's {@code submitterParameter}
     */
    @DataBoundConstructor
    public ReleaseStep(final String bundle, final String approver) {
        this.bundle = blankTo(bundle, null);
        this.approver = blankTo(approver, null);
    }

    public String getBundle() {
        return bundle;
    }

    public String getApprover() {
        return approver;
    }

    public String getPolicy() {
        return policy;
    }

    /**
     * Sets the policy the release is judged under.
     *
     * @param file the policy file relative to the workspace; blank for {@code modelgate.yaml}
     */
    @DataBoundSetter
    public void setPolicy(final String file) {
        this.policy = blankTo(file, "modelgate.yaml");
    }

    public String getRegistry() {
        return registry;
    }

    /**
     * Sets the registry the alias lives in.
     *
     * @param url a JDBC URL or a SQLite file relative to the workspace; blank for the policy's {@code registry}
     */
    @DataBoundSetter
    public void setRegistry(final String url) {
        this.registry = blankTo(url, null);
    }

    public String getAlias() {
        return alias;
    }

    /**
     * Sets the alias to move.
     *
     * @param name the alias; blank for {@code champion}
     */
    @DataBoundSetter
    public void setAlias(final String name) {
        this.alias = blankTo(name, "champion");
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

    @Override
    String functionName() {
        return FUNCTION;
    }

    @Override
    String evidenceName() {
        return "release";
    }

    @Override
    String title() {
        return "Release of " + getModel() + "@" + getModelVersion();
    }

    @Override
    void checkSettings() {
        if (bundle == null || approver == null) {
            throw new IllegalArgumentException("bundle and approver are required");
        }
        if (getModelVersion().isEmpty()) {
            throw new IllegalArgumentException("say which version to release (modelVersion)");
        }
    }

    @Override
    Evidence evaluate(final Path workspace) throws IOException {
        Policy parsed = PolicyReader.read(workspace.resolve(policy));
        if (!getModel().isEmpty() && !getModel().equals(parsed.model())) {
            throw new IllegalArgumentException("model '" + getModel() + "' is not the model of the policy " + policy
                    + " ('" + parsed.model() + "')");
        }
        Path folder = workspace.resolve(getEvidence());
        AuditTrail audit = new AuditTrail(folder.resolve("audit.jsonl"));
        new ReleaseApproval(this, parsed).record(workspace.resolve(bundle), folder, audit);
        StageContext context =
                new StageContext(parsed, getModelVersion(), EvidenceFolder.read(folder), author, triggeredBy);
        Evidence evidence;
        try (RegistryOnUse opened = new RegistryOnUse(() -> Registries.open(workspace, registry, parsed))) {
            evidence = new Release(context, opened, alias, approver)
                    .withBase(workspace)
                    .run();
        } catch (RegistryException failure) {
            throw new AbortException("registry: " + failure.getMessage());
        } catch (java.io.UncheckedIOException failure) {
            throw failure.getCause();
        }
        audit.append(
                approver,
                "release",
                parsed.model() + "@" + getModelVersion(),
                Map.of(
                        "alias",
                        alias,
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
            return "Release the approved version: move the champion alias (ModelGate)";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(FilePath.class, FlowNode.class, Run.class, TaskListener.class);
        }
    }
}
