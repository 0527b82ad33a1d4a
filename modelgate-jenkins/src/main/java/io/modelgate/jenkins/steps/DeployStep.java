package io.modelgate.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.modelgate.report.Evidence;
import io.modelgate.stage.Policy;
import io.modelgate.stage.PolicyReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code mlDeploy}: deploys a signed bundle to an environment as far as a build can: with an image, renders the
 * Kubernetes manifests and Dockerfile that serve it ({@code modelgate deploy render}); with the URL of the running
 * service, smoke-tests it against the bundle's own batch scoring ({@code modelgate deploy smoke}); without a URL the
 * smoke check is INACTIVE, never a silent pass. Runs on the agent that holds the workspace.
 */
public class DeployStep extends GateStep {
    static final String FUNCTION = "mlDeploy";

    private static final long serialVersionUID = 1L;

    private final String bundle;
    private final String target;
    private String smokeTest;
    private String policy = "modelgate.yaml";
    private String publicKey = "modelgate.pub";
    private String url;
    private String image;
    private String render;
    private int rows = 200;
    private Double latencyP99Ms;

    /**
     * Binds the required parameters.
     *
     * @param bundle the signed bundle to deploy, relative to the workspace
     * @param target the environment's name, e.g. {@code staging}
     */
    @DataBoundConstructor
    public DeployStep(final String bundle, final String target) {
        this.bundle = blankTo(bundle, null);
        this.target = blankTo(target, null);
    }

    public String getBundle() {
        return bundle;
    }

    public String getTarget() {
        return target;
    }

    public String getSmokeTest() {
        return smokeTest;
    }

    /**
     * Sets the sample rows sent to the service.
     *
     * @param file a CSV with the model's inputs, relative to the workspace; required with {@code url}
     */
    @DataBoundSetter
    public void setSmokeTest(final String file) {
        this.smokeTest = blankTo(file, null);
    }

    public String getPolicy() {
        return policy;
    }

    /**
     * Sets the policy that names the model.
     *
     * @param file the policy file relative to the workspace; blank for {@code modelgate.yaml}
     */
    @DataBoundSetter
    public void setPolicy(final String file) {
        this.policy = blankTo(file, "modelgate.yaml");
    }

    public String getPublicKey() {
        return publicKey;
    }

    /**
     * Sets the public key the bundle must be signed with.
     *
     * @param file a PEM file relative to the workspace; blank for {@code modelgate.pub}
     */
    @DataBoundSetter
    public void setPublicKey(final String file) {
        this.publicKey = blankTo(file, "modelgate.pub");
    }

    public String getUrl() {
        return url;
    }

    /**
     * Sets the running service of the environment to smoke-test.
     *
     * @param address e.g. {@code http://model.staging:8080}; blank for none (the smoke check is INACTIVE)
     */
    @DataBoundSetter
    public void setUrl(final String address) {
        this.url = blankTo(address, null);
    }

    public String getImage() {
        return image;
    }

    /**
     * Sets the container image of the service, which makes the step render its deployment files.
     *
     * @param name e.g. {@code registry.example.com/modelgate:0.1.0}; blank renders nothing
     */
    @DataBoundSetter
    public void setImage(final String name) {
        this.image = blankTo(name, null);
    }

    public String getRender() {
        return render;
    }

    /**
     * Sets the folder the deployment files are rendered into.
     *
     * @param folder relative to the workspace; blank for {@code deploy/<target>} beside the evidence folder
     */
    @DataBoundSetter
    public void setRender(final String folder) {
        this.render = blankTo(folder, null);
    }

    public int getRows() {
        return rows;
    }

    /**
     * Sets how many sample rows are sent.
     *
     * @param count the most rows, at least 1; 200 unless stated
     */
    @DataBoundSetter
    public void setRows(final int count) {
        this.rows = count;
    }

    public Double getLatencyP99Ms() {
        return latencyP99Ms;
    }

    /**
     * Sets the budget of the 99th percentile latency of one-row requests.
     *
     * @param budget milliseconds; {@code null} for no budget (the latency check is INACTIVE)
     */
    @DataBoundSetter
    public void setLatencyP99Ms(final Double budget) {
        this.latencyP99Ms = budget;
    }

    /** @return the folder the deployment files go into, relative to the workspace */
    String renderFolder() {
        return render != null
                ? render
                : Path.of(getEvidence())
                        .resolveSibling("deploy")
                        .resolve(target)
                        .toString();
    }

    @Override
    String functionName() {
        return FUNCTION;
    }

    @Override
    String evidenceName() {
        return "deployment";
    }

    @Override
    String title() {
        return "Deployment of " + getModel() + "@" + getModelVersion() + " to " + target;
    }

    @Override
    void checkSettings() {
        if (bundle == null || target == null) {
            throw new IllegalArgumentException("bundle and target are required");
        }
        if (!target.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException(
                    "target must be an environment's name (letters, digits, . _ -), not '" + target + "'");
        }
        if (url != null && smokeTest == null) {
            throw new IllegalArgumentException("url needs the smokeTest rows to send to the service");
        }
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1, not " + rows);
        }
        if (latencyP99Ms != null && !(latencyP99Ms > 0)) {
            throw new IllegalArgumentException("latencyP99Ms must be positive, not " + latencyP99Ms);
        }
    }

    @Override
    Evidence evaluate(final Path workspace) throws IOException {
        Policy parsed = PolicyReader.read(workspace.resolve(policy));
        if (!getModel().isEmpty() && !getModel().equals(parsed.model())) {
            throw new IllegalArgumentException("model '" + getModel() + "' is not the model of the policy " + policy
                    + " ('" + parsed.model() + "')");
        }
        return new Deployment(this, parsed.model(), workspace).run();
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
            return "Deploy a signed bundle to an environment: render, smoke-test (ModelGate)";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(FilePath.class, FlowNode.class, Run.class, TaskListener.class);
        }
    }
}
