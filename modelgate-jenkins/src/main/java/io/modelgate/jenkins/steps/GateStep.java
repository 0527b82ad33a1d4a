package io.modelgate.jenkins.steps;

import io.modelgate.report.Evidence;
import io.modelgate.report.Subject;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * A step that runs one core feature on the agent and judges its evidence: holds the parameters every gate step has
 * (where the evidence goes, which model it is about, whether warnings fail) and says what to run. The step travels to
 * the agent inside {@link GateTask}, so its fields are strings, numbers and booleans only.
 */
public abstract class GateStep extends Step implements Serializable {
    /** The evidence folder unless stated, the same as the command line's. */
    public static final String DEFAULT_EVIDENCE = "modelgate-evidence";

    private static final long serialVersionUID = 1L;

    private String evidence = DEFAULT_EVIDENCE;
    private String model = "";
    private String modelVersion = "";
    private boolean failOnWarning;

    public String getEvidence() {
        return evidence;
    }

    /**
     * Sets the folder, relative to the workspace, that receives the evidence JSON, the HTML report and the JUnit XML.
     *
     * @param folder the folder; blank for {@value #DEFAULT_EVIDENCE}
     */
    @DataBoundSetter
    public void setEvidence(final String folder) {
        this.evidence = blankTo(folder, DEFAULT_EVIDENCE);
    }

    public String getModel() {
        return model;
    }

    /**
     * Names the model the evidence is about.
     *
     * @param name the model's name from the policy
     */
    @DataBoundSetter
    public void setModel(final String name) {
        this.model = blankTo(name, "");
    }

    public String getModelVersion() {
        return modelVersion;
    }

    /**
     * Names the model's version.
     *
     * @param version the version, e.g. the build number of the training run
     */
    @DataBoundSetter
    public void setModelVersion(final String version) {
        this.modelVersion = blankTo(version, "");
    }

    public boolean isFailOnWarning() {
        return failOnWarning;
    }

    /**
     * Makes unstable results failed ones at the same scope: NOTE becomes ERROR (stage failed) and WARNING becomes
     * FAILED (run failed, the step stops the Pipeline).
     *
     * @param fail whether warnings fail
     */
    @DataBoundSetter
    public void setFailOnWarning(final boolean fail) {
        this.failOnWarning = fail;
    }

    @Override
    public StepExecution start(final StepContext context) {
        return new GateExecution(context, this);
    }

    /** @return the Pipeline name of this step, e.g. {@code mlValidateData} */
    abstract String functionName();

    /** @return the base name of the evidence files, e.g. {@code validation} */
    abstract String evidenceName();

    /** @return the title of the HTML report */
    abstract String title();

    /**
     * Checks the settings on the controller, before any work is sent to the agent.
     *
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    abstract void checkSettings();

    /**
     * Runs the core feature on the agent.
     *
     * @param workspace the workspace, against which relative paths are resolved
     * @return the evidence
     * @throws IOException when an input cannot be read
     */
    abstract Evidence evaluate(Path workspace) throws IOException;

    /** @return the model and version the evidence is about */
    final Subject subject() {
        return new Subject(model, modelVersion);
    }

    /**
     * Resolves an optional path.
     *
     * @param workspace the workspace
     * @param path a path relative to it, or absolute, or {@code null}
     * @return the resolved path, or {@code null}
     */
    static Path resolve(final Path workspace, final String path) {
        return path == null ? null : workspace.resolve(path);
    }

    /**
     * Normalises an optional text parameter: the Snippet Generator sends blanks for empty fields.
     *
     * @param value the value as bound
     * @param fallback what a blank means
     * @return the trimmed value or the fallback
     */
    static String blankTo(final String value, final String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /**
     * Splits a comma-separated list parameter.
     *
     * @param value e.g. {@code "region, segment"}, or {@code null}
     * @return the trimmed, non-blank items
     */
    static List<String> items(final String value) {
        return value == null
                ? List.of()
                : Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(item -> !item.isEmpty())
                        .toList();
    }
}
