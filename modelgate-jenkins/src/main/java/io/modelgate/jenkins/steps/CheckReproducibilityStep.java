package io.modelgate.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.modelgate.data.Durations;
import io.modelgate.report.Evidence;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import io.modelgate.reproducibility.Level;
import io.modelgate.reproducibility.ModelEquivalence;
import io.modelgate.reproducibility.ReproducibilityReport;
import io.modelgate.reproducibility.Reproduction;
import io.modelgate.reproducibility.RetrainCommand;
import io.modelgate.reproducibility.Retraining;
import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code mlCheckReproducibility}: re-runs the training command in a clean copy of the workspace and checks that it
 * rebuilds the candidate, identical or equivalent on probe data; what {@code modelgate reproduce} does, on the agent
 * that holds the workspace.
 */
public class CheckReproducibilityStep extends GateStep {
    static final String FUNCTION = "mlCheckReproducibility";

    private static final long serialVersionUID = 1L;

    private final String candidate;
    private final String command;
    private String probe;
    private String target;
    private double tolerance = ModelEquivalence.DEFAULT_TOLERANCE;
    private String timeout = "30m";
    private int runs = 1;
    private String require = Level.EQUIVALENT.key();
    private String workdir = ".";

    /**
     * Binds the required parameters.
     *
     * @param candidate the model the training built, PMML, relative to the workspace
     * @param command the training command (bash), which writes its model to {@code $MODELGATE_OUTPUT}
     */
    @DataBoundConstructor
    public CheckReproducibilityStep(final String candidate, final String command) {
        this.candidate = blankTo(candidate, null);
        this.command = blankTo(command, null);
    }

    public String getCandidate() {
        return candidate;
    }

    public String getCommand() {
        return command;
    }

    public String getProbe() {
        return probe;
    }

    /**
     * Sets the data both models score to test equivalence when the rebuild is not identical.
     *
     * @param file a CSV file with the model's inputs, relative to the workspace; blank for none
     */
    @DataBoundSetter
    public void setProbe(final String file) {
        this.probe = blankTo(file, null);
    }

    public String getTarget() {
        return target;
    }

    /**
     * Sets the probe's label column, for the metric deltas between the models.
     *
     * @param column the column; blank for none
     */
    @DataBoundSetter
    public void setTarget(final String column) {
        this.target = blankTo(column, null);
    }

    public double getTolerance() {
        return tolerance;
    }

    /**
     * Sets the largest absolute output difference still called equivalent.
     *
     * @param value at least 0
     */
    @DataBoundSetter
    public void setTolerance(final double value) {
        this.tolerance = value;
    }

    public String getTimeout() {
        return timeout;
    }

    /**
     * Sets the time limit of one run.
     *
     * @param duration e.g. {@code 90s}, {@code 10m}, {@code 2h} or ISO {@code PT10M}; blank for 30 minutes
     */
    @DataBoundSetter
    public void setTimeout(final String duration) {
        this.timeout = blankTo(duration, "30m");
    }

    public int getRuns() {
        return runs;
    }

    /**
     * Sets how many times the training is re-run.
     *
     * @param count at least 1
     */
    @DataBoundSetter
    public void setRuns(final int count) {
        this.runs = count;
    }

    public String getRequire() {
        return require;
    }

    /**
     * Sets the level every rebuild must reach.
     *
     * @param level identical or equivalent; blank for equivalent
     */
    @DataBoundSetter
    public void setRequire(final String level) {
        this.require = blankTo(level, Level.EQUIVALENT.key());
    }

    public String getWorkdir() {
        return workdir;
    }

    /**
     * Sets the folder the training runs in, copied afresh for every run.
     *
     * @param folder a folder relative to the workspace; blank for the workspace itself
     */
    @DataBoundSetter
    public void setWorkdir(final String folder) {
        this.workdir = blankTo(folder, ".");
    }

    @Override
    String functionName() {
        return FUNCTION;
    }

    @Override
    String evidenceName() {
        return "reproducibility";
    }

    @Override
    String title() {
        return "Reproducibility of " + Path.of(candidate).getFileName();
    }

    @Override
    void checkSettings() {
        if (candidate == null || command == null) {
            throw new IllegalArgumentException("candidate and command are required");
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, not " + runs);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be a number of at least 0, not " + tolerance);
        }
        if (target != null && probe == null) {
            throw new IllegalArgumentException("target names a column of the probe data: give probe too");
        }
        level();
        retrain(Path.of(""));
    }

    @Override
    Evidence evaluate(final Path workspace) throws IOException {
        RetrainCommand retrain = retrain(workspace);
        Path model = workspace.resolve(candidate);
        PmmlModel original = PmmlModel.load(model);
        ModelEquivalence equivalence = new ModelEquivalence(resolve(workspace, probe), target, tolerance);
        equivalence.requireProbeFits(original);
        Path logs = workspace.resolve(getEvidence());
        List<Reproduction> outcomes = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            outcomes.add(equivalence.compare(run, original, Retraining.run(retrain, run, logs)));
        }
        List<Input> inputs = new ArrayList<>();
        inputs.add(new Input("model", model.toString(), original.hash(), -1));
        if (probe != null) {
            inputs.add(Input.ofFile("probe", workspace.resolve(probe)));
        }
        Level required = level();
        return Evidence.of(
                "reproducibility",
                new Subject(getModel().isEmpty() ? original.name() : getModel(), getModelVersion()),
                inputs,
                ReproducibilityReport.checks(outcomes, required),
                Map.of("reproducibility", ReproducibilityReport.section(retrain, equivalence, required, outcomes)));
    }

    private Level level() {
        Level level = Level.of(require);
        if (level == Level.DIFFERENT) {
            throw new IllegalArgumentException("require must be identical or equivalent: different accepts any model");
        }
        return level;
    }

    private RetrainCommand retrain(final Path workspace) {
        java.time.Duration limit;
        try {
            limit = Durations.parse(timeout);
        } catch (IllegalArgumentException exception) {
            throw new IllegalArgumentException("timeout: " + exception.getMessage(), exception);
        }
        return new RetrainCommand(command, workspace.resolve(workdir).normalize(), limit);
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
            return "Check that the training reproduces the candidate model (ModelGate)";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(FilePath.class, FlowNode.class, Run.class, TaskListener.class);
        }
    }
}
