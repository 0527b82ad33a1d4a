package io.modelgate.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.modelgate.audit.AuditTrail;
import io.modelgate.registry.Registry;
import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.Subject;
import io.modelgate.stage.Policy;
import io.modelgate.stage.PolicyReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code mlRollback}: points the alias back at the version it pointed to before its current version was promoted, in
 * one transition of kind rollback; what {@code modelgate registry rollback} does, on the agent that holds the
 * workspace. Given a {@code modelVersion}, it rolls back only a release of that version, so that a release that was
 * refused (the alias never moved) does not undo the release before it.
 */
public class RollbackStep extends GateStep {
    static final String FUNCTION = "mlRollback";

    /** The reason recorded with the transition unless stated. */
    static final String DEFAULT_REASON = "rolled back by the Pipeline (mlRollback)";

    private static final long serialVersionUID = 1L;

    private String policy = "modelgate.yaml";
    private String registry;
    private String alias = "champion";
    private String by = "";
    private String reason = DEFAULT_REASON;

    /** Binds no required parameter: the model comes from {@code model} or the policy. */
    @DataBoundConstructor
    public RollbackStep() {
        // every parameter is optional
    }

    public String getPolicy() {
        return policy;
    }

    /**
     * Sets the policy that names the model and its registry.
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
     * Sets the alias to roll back.
     *
     * @param name the alias; blank for {@code champion}
     */
    @DataBoundSetter
    public void setAlias(final String name) {
        this.alias = blankTo(name, "champion");
    }

    public String getBy() {
        return by;
    }

    /**
     * Names who rolls back, recorded with the transition.
     *
     * @param user a user id; blank for the agent process's user
     */
    @DataBoundSetter
    public void setBy(final String user) {
        this.by = blankTo(user, "");
    }

    public String getReason() {
        return reason;
    }

    /**
     * Says why, recorded with the transition.
     *
     * @param text the reason; blank for {@value #DEFAULT_REASON}
     */
    @DataBoundSetter
    public void setReason(final String text) {
        this.reason = blankTo(text, DEFAULT_REASON);
    }

    @Override
    String functionName() {
        return FUNCTION;
    }

    @Override
    String evidenceName() {
        return "rollback";
    }

    @Override
    String title() {
        return "Rollback of " + (getModel().isEmpty() ? "the model" : getModel()) + "@" + alias;
    }

    @Override
    void checkSettings() {
        // nothing to check before the policy is read
    }

    @Override
    Evidence evaluate(final Path workspace) throws IOException {
        Path file = workspace.resolve(policy);
        Policy parsed = Files.exists(file) || getModel().isEmpty() ? PolicyReader.read(file) : null;
        String model = getModel().isEmpty() ? parsed.model() : getModel();
        if (parsed != null && !model.equals(parsed.model())) {
            throw new IllegalArgumentException(
                    "model '" + model + "' is not the model of the policy " + policy + " ('" + parsed.model() + "')");
        }
        String actor = by.isEmpty() ? System.getProperty("user.name", "unknown") : by;
        Map<String, Object> section;
        Check check;
        try (Registry opened = Registries.open(workspace, registry, parsed)) {
            Rollback rollback = new Rollback(opened, model, alias, getModelVersion());
            check = rollback.run(actor, reason);
            section = rollback.section(actor, reason);
        }
        Path folder = workspace.resolve(getEvidence());
        new AuditTrail(folder.resolve("audit.jsonl"))
                .append(
                        actor,
                        "rollback",
                        model,
                        Map.of(
                                "alias",
                                alias,
                                "status",
                                check.status().name(),
                                "from",
                                String.valueOf(section.get("from")),
                                "to",
                                String.valueOf(section.get("to")),
                                "evidence",
                                getEvidence() + "/" + evidenceName() + ".json"));
        return Evidence.of(
                "rollback",
                new Subject(model, getModelVersion()),
                List.of(),
                List.of(check),
                Map.of("rollback", section));
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
            return "Roll the champion alias back to the version before (ModelGate)";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(FilePath.class, FlowNode.class, Run.class, TaskListener.class);
        }
    }
}
