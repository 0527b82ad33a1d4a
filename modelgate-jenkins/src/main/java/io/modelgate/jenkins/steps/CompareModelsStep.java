package io.modelgate.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.modelgate.comparison.ComparisonSettings;
import io.modelgate.comparison.HoldoutComparison;
import io.modelgate.report.Evidence;
import io.modelgate.risk.RiskSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code mlCompareModels}: scores the candidate and the champion on the same labelled holdout and decides whether the
 * candidate is better, significantly, without harming guard metrics or slices, and checks its model risk; what
 * {@code modelgate compare} does, on the agent that holds the workspace. The policy parameters are in {@link
 * ComparisonParameters}, this step's superclass.
 */
public class CompareModelsStep extends ComparisonParameters {
    static final String FUNCTION = "mlCompareModels";

    private static final long serialVersionUID = 1L;

    private final String candidate;
    private final String holdout;
    private final String target;

    /**
     * Binds the required parameters.
     *
     * @param candidate the newly trained model, PMML, relative to the workspace
     * @param holdout the labelled holdout CSV, never used in training, relative to the workspace
     * @param target the holdout's label column
     */
    @DataBoundConstructor
    public CompareModelsStep(final String candidate, final String holdout, final String target) {
        this.candidate = blankTo(candidate, null);
        this.holdout = blankTo(holdout, null);
        this.target = blankTo(target, null);
    }

    public String getCandidate() {
        return candidate;
    }

    public String getHoldout() {
        return holdout;
    }

    public String getTarget() {
        return target;
    }

    @Override
    String functionName() {
        return FUNCTION;
    }

    @Override
    String evidenceName() {
        return "comparison";
    }

    @Override
    String title() {
        return "Candidate " + Path.of(candidate).getFileName()
                + (getChampion() == null
                        ? ""
                        : " against champion " + Path.of(getChampion()).getFileName());
    }

    @Override
    void checkSettings() {
        if (candidate == null || holdout == null || target == null) {
            throw new IllegalArgumentException("candidate, holdout and target are required");
        }
        settings().checked();
        risk(Path.of(""));
    }

    @Override
    Evidence evaluate(final Path workspace) throws IOException {
        return new HoldoutComparison(workspace.resolve(candidate), workspace.resolve(holdout), target)
                .withChampion(resolve(workspace, getChampion()))
                .withSlices(items(getSlices()))
                .withSettings(settings())
                .withRisk(risk(workspace))
                .withSubject(subject())
                .run();
    }

    private ComparisonSettings settings() {
        return new ComparisonSettings(
                getPrimaryMetric(),
                getMode(),
                getMargin(),
                getMinimumImprovement(),
                getMinimumRelativeImprovement(),
                items(getGuards()),
                getSliceMinimumSize(),
                getSliceMargin(),
                getAlpha(),
                getMaximumChangedDecisions(),
                getOnMissingChampion(),
                getResamples(),
                getSeed());
    }

    private RiskSettings risk(final Path workspace) {
        return new RiskSettings(
                resolve(workspace, getExpectedPredictions()),
                getExpectedColumn(),
                getParityPrecision(),
                RiskSettings.DEFAULT_PARITY_ZERO_THRESHOLD,
                getMaximumSizeBytes(),
                getMaximumLatencyMicros(),
                getMaximumFlipRate(),
                getNoise(),
                getSwap());
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
            return "Compare the candidate model with the champion (ModelGate)";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(FilePath.class, FlowNode.class, Run.class, TaskListener.class);
        }
    }
}
