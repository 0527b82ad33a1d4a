package io.modelgate.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.modelgate.report.Evidence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code mlPackageModel}: scans the candidate for personal data, checks that callers of the champion can call it, then
 * builds the signed, deterministic bundle from the candidate and the evidence folder and verifies the bundle it wrote;
 * what {@code modelgate package} followed by {@code modelgate verify} does, on the agent that holds the workspace. The
 * optional parameters are in {@link PackagingParameters}, this step's superclass.
 */
public class PackageModelStep extends PackagingParameters {
    static final String FUNCTION = "mlPackageModel";

    private static final long serialVersionUID = 1L;

    private final String candidate;
    private final String output;
    private final String privateKey;

    /**
     * Binds the required parameters.
     *
     * @param candidate the model to package, PMML, relative to the workspace
     * @param output the bundle to write, a .zip relative to the workspace
     * @param privateKey the Ed25519 signing key (PEM), a file in the workspace: bind it with {@code withCredentials}
     */
    @DataBoundConstructor
    public PackageModelStep(final String candidate, final String output, final String privateKey) {
        this.candidate = blankTo(candidate, null);
        this.output = blankTo(output, null);
        this.privateKey = blankTo(privateKey, null);
    }

    public String getCandidate() {
        return candidate;
    }

    public String getOutput() {
        return output;
    }

    public String getPrivateKey() {
        return privateKey;
    }

    @Override
    String functionName() {
        return FUNCTION;
    }

    @Override
    String evidenceName() {
        return "bundle";
    }

    @Override
    String title() {
        return "Bundle of " + Path.of(candidate).getFileName();
    }

    @Override
    void checkSettings() {
        if (candidate == null || output == null || privateKey == null) {
            throw new IllegalArgumentException("candidate, output and privateKey are required");
        }
        if (Path.of(output).normalize().startsWith(Path.of(getEvidence()).normalize())) {
            throw new IllegalArgumentException(
                    "output must not be in the evidence folder " + getEvidence() + ": the bundle is built from it");
        }
    }

    @Override
    Evidence evaluate(final Path workspace) throws IOException {
        return new Packaging(this, workspace).run(workspace.resolve(candidate), workspace.resolve(output));
    }

    /** @return the signing key, resolved against the workspace */
    Path privateKey(final Path workspace) {
        return workspace.resolve(privateKey);
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
            return "Package the candidate model as a signed bundle (ModelGate)";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(FilePath.class, FlowNode.class, Run.class, TaskListener.class);
        }
    }
}
