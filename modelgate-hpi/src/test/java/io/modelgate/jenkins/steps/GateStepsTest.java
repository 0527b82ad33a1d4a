package io.modelgate.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.FilePath;
import hudson.model.Label;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import io.modelgate.packaging.Keys;
import java.io.File;
import java.nio.file.Path;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The gate steps in real Pipelines on a real Jenkins (jenkins-test-harness): on the built-in node and on an agent,
 * where the outcome crosses the remoting channel and its class filter; with the results they set on the stage and
 * the run; and through the Snippet Generator's form.
 */
@WithJenkins
class GateStepsTest {
    private static final Path SAMPLE = Path.of("../samples/credit-risk");
    private static final Path MODELS =
            Path.of("../modelgate-core/src/test/resources/fixtures/scoring/SklearnEquivalenceTest");

    @Test
    void shouldValidateTheSampleDataAndReturnTheSummary(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "validate");
        copySample(j.jenkins.getWorkspaceFor(job));
        job.setDefinition(new CpsFlowDefinition(
                "node {\n"
                        + "  def result = mlValidateData data: 'data/2026-10.csv', schema: 'schema.yaml',"
                        + " reference: 'data/train.csv', model: 'credit-risk'\n"
                        + "  echo \"kind=${result.kind} evidence=${result.evidence}\"\n"
                        + "}\n",
                true));

        WorkflowRun build = j.waitForCompletion(job.scheduleBuild2(0).waitForStart());

        assertThat(build.getResult()).isIn(Result.SUCCESS, Result.UNSTABLE);
        j.assertLogContains("kind=validation evidence=modelgate-evidence/validation.json", build);
        assertThat(build.getActions(GateAction.class)).hasSize(1);
        assertThat(j.jenkins.getWorkspaceFor(job).child("modelgate-evidence/validation.html").exists())
                .isTrue();
    }

    @Test
    void shouldFailTheStageAndTheRunOnBadDataWithTheReason(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "bad-data");
        copySample(j.jenkins.getWorkspaceFor(job));
        job.setDefinition(new CpsFlowDefinition(
                "stage('Integration') {\n"
                        + "  node { mlValidateData data: 'data/2026-11.csv', schema: 'schema.yaml' }\n"
                        + "}\n"
                        + "echo 'not reached'\n",
                true));

        WorkflowRun build = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("mlValidateData: FAILED - ", build);
        j.assertLogContains("[mlValidateData] [range:age] FAILED", build);
        j.assertLogNotContains("not reached", build);
        FlowNode marked = new DepthFirstScanner()
                .findFirstMatch(build.getExecution(), node -> node.getPersistentAction(WarningAction.class) != null);
        assertThat(marked.getPersistentAction(WarningAction.class).getResult()).isEqualTo(Result.FAILURE);
    }

    @Test
    void shouldNeverImproveTheResultOfAnEarlierStep(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "unstable-before");
        copyModels(j.jenkins.getWorkspaceFor(job));
        job.setDefinition(new CpsFlowDefinition(
                "unstable 'an earlier step was unstable'\n"
                        + "node {\n"
                        + "  def result = mlCompareModels candidate: 'CreditBoosting.pmml', champion: 'CreditTree.pmml',"
                        + " holdout: 'credit-holdout.csv', target: 'default'\n"
                        + "  echo \"comparison ${result.status}\"\n"
                        + "}\n",
                true));

        WorkflowRun build = j.buildAndAssertStatus(Result.UNSTABLE, job);

        j.assertLogContains("comparison PASSED", build);
    }

    @Test
    void shouldSendTheOutcomeBackFromAnAgentThroughTheClassFilter(final JenkinsRule j) throws Exception {
        DumbSlave agent = j.createOnlineSlave(Label.get("remote"));
        WorkflowJob job = j.createProject(WorkflowJob.class, "on-agent");
        copyModels(agent.getWorkspaceFor(job));
        job.setDefinition(new CpsFlowDefinition(
                "node('remote') {\n"
                        + "  def result = mlCompareModels candidate: 'CreditForest.pmml', holdout: 'credit-holdout.csv',"
                        + " target: 'default', onMissingChampion: 'inactive'\n"
                        + "  echo \"status=${result.status} passed=${result.passed}\"\n"
                        + "}\n",
                true));

        WorkflowRun build = j.buildAndAssertSuccess(job);

        j.assertLogContains("status=INACTIVE passed=false", build);
        j.assertLogContains("INACTIVE is not a pass", build);
        j.assertLogNotContains("Rejected", build);
    }

    @Test
    void shouldCheckReproducibilityAndPackageTheCandidate(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "reproduce-and-package");
        FilePath workspace = j.jenkins.getWorkspaceFor(job);
        copyModels(workspace);
        Keys.write(Keys.generate(), Path.of(workspace.getRemote(), "keys"));
        job.setDefinition(new CpsFlowDefinition(
                "node {\n"
                        + "  def reproduced = mlCheckReproducibility candidate: 'CreditTree.pmml',"
                        + " command: 'cp CreditTree.pmml \"$MODELGATE_OUTPUT\"', runs: 2\n"
                        + "  def bundle = mlPackageModel candidate: 'CreditTree.pmml', output: 'build/bundle.zip',"
                        + " privateKey: 'keys/modelgate.key', created: '2026-11-28T02:00:00Z'\n"
                        + "  echo \"reproducibility=${reproduced.status} bundle=${bundle.status}\"\n"
                        + "}\n",
                true));

        WorkflowRun build = j.buildAndAssertSuccess(job);

        j.assertLogContains("reproducibility=PASSED bundle=PASSED", build);
        assertThat(workspace.child("build/bundle.zip").exists()).isTrue();
        assertThat(build.getActions(GateAction.class)).hasSize(2);
    }

    @Test
    void shouldStopTheFlowWhenAStageGateFails(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "stage-gate");
        j.jenkins
                .getWorkspaceFor(job)
                .child("modelgate.yaml")
                .copyFrom(new FilePath(SAMPLE.resolve("modelgate.yaml").toFile()));
        job.setDefinition(new CpsFlowDefinition(
                "stage('Integration') {\n"
                        + "  node { mlStageGate stage: 'integration', policy: 'modelgate.yaml' }\n"
                        + "}\n"
                        + "echo 'not reached'\n",
                true));

        WorkflowRun build = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("mlStageGate: FAILED - evidence:", build);
        j.assertLogNotContains("not reached", build);
    }

    @Test
    void shouldKeepEveryParameterThroughTheSnippetGenerator(final JenkinsRule j) throws Exception {
        ValidateDataStep validate = new ValidateDataStep("data/train.csv", "schema.yaml");
        validate.setReference("data/2026-10.csv");
        validate.setDelimiter(";");
        validate.setFailOnWarning(true);
        CompareModelsStep compare = new CompareModelsStep("candidate.pmml", "holdout.csv", "default");
        compare.setChampion("champion.pmml");
        compare.setGuards("log_loss:0.01");
        compare.setMaximumFlipRate(0.05);
        compare.setSeed(7);

        j.assertEqualDataBoundBeans(validate, new StepConfigTester(j).configRoundTrip(validate));
        j.assertEqualDataBoundBeans(compare, new StepConfigTester(j).configRoundTrip(compare));
        CheckReproducibilityStep reproduce = new CheckReproducibilityStep("candidate.pmml", "make model");
        reproduce.setProbe("probe.csv");
        reproduce.setTolerance(1e-4);
        reproduce.setRuns(2);
        PackageModelStep bundle = new PackageModelStep("candidate.pmml", "build/bundle.zip", "keys/modelgate.key");
        bundle.setChampion("champion.pmml");
        bundle.setAllowBreaking(true);
        StageGateStep gate = new StageGateStep("delivery");
        gate.setPolicy("policy.yaml");
        gate.setTriggeredBy("alice");

        j.assertEqualDataBoundBeans(reproduce, new StepConfigTester(j).configRoundTrip(reproduce));
        j.assertEqualDataBoundBeans(bundle, new StepConfigTester(j).configRoundTrip(bundle));
        j.assertEqualDataBoundBeans(gate, new StepConfigTester(j).configRoundTrip(gate));
    }

    private static void copySample(final FilePath workspace) throws Exception {
        for (String name : new String[] {"schema.yaml", "data/train.csv", "data/2026-10.csv", "data/2026-11.csv"}) {
            workspace.child(name).copyFrom(new FilePath(SAMPLE.resolve(name).toFile()));
        }
    }

    private static void copyModels(final FilePath workspace) throws Exception {
        for (String name :
                new String[] {"CreditBoosting.pmml", "CreditTree.pmml", "CreditForest.pmml", "credit-holdout.csv"}) {
            workspace.child(name).copyFrom(new FilePath(new File(MODELS.toFile(), name)));
        }
    }
}
