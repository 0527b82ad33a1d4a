package io.modelgate.jenkins.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs sample-monitoring-Jenkinsfile against the shared library with stubbed steps: the exit code of each monitor
 * command decides whether the stage passes, is marked unstable and starts the retrain job with the archived retrain
 * request, or fails the build with the command's message; and the delivery pipeline names a retrain request it was
 * started with.
 */
class MonitoringPipelineTest {
    private static final Path JENKINSFILE = Path.of("../sample-monitoring-Jenkinsfile");
    private static final String BUILD_URL = "https://jenkins.example.org/job/credit-risk-monitoring/12/";
    private static final String DRIFT_ERROR =
            "monitor drift: the request log folder /var/log/modelgate/credit-risk" + " does not exist";

    private PipelineRun run;
    private int driftStatus;
    private int performanceStatus;

    @BeforeEach
    void stubJenkins() {
        run = new PipelineRun();
        run.env.put("BUILD_URL", BUILD_URL);
        run.stub("sh", (named, positional, body) -> {
            String script = String.valueOf(named.get("script"));
            if (script.contains(" monitor drift ")) {
                return driftStatus;
            }
            return script.contains(" monitor performance ") ? performanceStatus : 0;
        });
        run.stub("readFile", (named, positional, body) -> "progress 100%\n" + DRIFT_ERROR + "\n\n");
        for (String step : List.of("unstable", "build")) {
            run.stub(step, (named, positional, body) -> null);
        }
    }

    @Test
    void shouldStartNothingWhenTheGatesPass() throws Exception {
        run.run(JENKINSFILE);

        assertThat(run.calls("stage")).extracting(call -> call.argument("")).containsExactly("Monitoring");
        assertThat(run.steps())
                .containsSubsequence("node", "checkout", "sh", "sh", "archiveArtifacts", "junit")
                .doesNotContain("unstable", "build", "error");
        assertThat(run.calls("junit").get(0).arguments()).containsEntry("skipMarkingBuildUnstable", true);
    }

    @Test
    void shouldRunDriftAndPerformanceWithTheSettingsOfTheSample() throws Exception {
        run.run(JENKINSFILE);

        List<String> scripts =
                run.calls("sh").stream().map(call -> call.argument("script")).toList();
        assertThat(scripts).hasSize(2);
        assertThat(scripts.get(0))
                .startsWith("mkdir -p 'modelgate-evidence/drift' || exit 2\n")
                .contains("modelgate monitor drift --pmml 'models/champion.pmml' --log '/var/log/modelgate/credit-risk'"
                        + " --reference 'data/train.csv' --window '1d' --since '7d'"
                        + " --evidence 'modelgate-evidence/drift' --html 'modelgate-evidence/drift/monitoring.html'"
                        + " --junit 'modelgate-evidence/drift/monitoring-junit.xml' --model 'credit-risk'"
                        + " 2> 'modelgate-evidence/drift/stderr.txt'")
                .endsWith("exit $status");
        assertThat(scripts.get(1))
                .contains("modelgate monitor performance --log '/var/log/modelgate/credit-risk'"
                        + " --labels 'labels/defaults.csv' --key 'customer_id' --target 'default'"
                        + " --baseline 'models/champion-comparison.json' --metric 'auc'")
                .contains(" --evidence 'modelgate-evidence/performance' ")
                .doesNotContain("--pmml");
    }

    @Test
    void shouldRunOnlyTheDriftCheckWithoutLabels() {
        run.run("mlMonitor(model: 'credit-risk', pmml: 'm.pmml', log: 'logs', reference: 'train.csv')");

        assertThat(run.calls("sh")).hasSize(1);
        assertThat(run.calls("sh").get(0).argument("script")).contains(" monitor drift ");
    }

    @Test
    void shouldMarkTheStageArchiveTheRequestAndStartTheRetrainJobOnceWhenDriftFails() throws Exception {
        driftStatus = 1;

        run.run(JENKINSFILE);

        String request = BUILD_URL + "artifact/modelgate-evidence/drift/retrain-request.json";
        assertThat(run.steps())
                .containsSubsequence("sh", "sh", "archiveArtifacts", "unstable", "build")
                .doesNotContain("error");
        assertThat(run.calls("archiveArtifacts").get(0).argument("artifacts")).isEqualTo("modelgate-evidence/**");
        assertThat(run.calls("unstable").get(0).argument(""))
                .isEqualTo("ModelGate: the drift gate of credit-risk failed; retrain requested: " + request);
        assertThat(run.calls("build")).hasSize(1);
        assertThat(run.calls("build").get(0).arguments())
                .containsEntry("job", "credit-risk")
                .containsEntry("wait", false);
        assertThat(run.calls("string"))
                .extracting(PipelineRun.Call::arguments)
                .containsExactly(Map.of("name", "RETRAIN_REQUEST", "value", request));
    }

    @Test
    void shouldPassBothRequestsInOneStartWhenDriftAndPerformanceFail() throws Exception {
        driftStatus = 1;
        performanceStatus = 1;

        run.run(JENKINSFILE);

        assertThat(run.calls("build")).hasSize(1);
        assertThat(run.calls("string").get(0).argument("value"))
                .isEqualTo(BUILD_URL + "artifact/modelgate-evidence/drift/retrain-request.json," + BUILD_URL
                        + "artifact/modelgate-evidence/performance/retrain-request.json");
        assertThat(run.calls("unstable").get(0).argument("")).contains("the drift and performance gate");
    }

    @Test
    void shouldFailWithTheCommandsMessageOnAnInputError() {
        driftStatus = 2;

        assertThatThrownBy(() -> run.run(JENKINSFILE))
                .isInstanceOf(PipelineRun.Failure.class)
                .hasMessage("ModelGate: modelgate monitor drift failed with exit code 2: " + DRIFT_ERROR);

        assertThat(run.calls("readFile"))
                .extracting(call -> call.argument(""))
                .containsExactly("modelgate-evidence/drift/stderr.txt");
        assertThat(run.steps()).contains("archiveArtifacts").doesNotContain("build", "unstable");
    }

    @Test
    void shouldStillStartTheRetrainJobWhenOneCheckFailsAndTheOtherHasAnInputError() {
        driftStatus = 1;
        performanceStatus = 2;

        assertThatThrownBy(() -> run.run(JENKINSFILE))
                .hasMessageStartingWith("ModelGate: modelgate monitor performance failed with exit code 2");

        assertThat(run.steps()).containsSubsequence("unstable", "build", "error");
    }

    @Test
    void shouldOnlySayWhatItWouldStartWithoutARetrainJob() {
        driftStatus = 1;

        run.run("mlMonitor(model: 'credit-risk', pmml: 'm.pmml', log: 'logs', reference: 'train.csv')");

        assertThat(run.steps()).contains("unstable").doesNotContain("build");
        assertThat(run.calls("echo").get(0).argument("")).contains("no retrainJob in the settings");
    }

    @Test
    void shouldVerifyAndUnzipABundleBeforeMonitoringItsModel() {
        run.run("mlMonitor(model: 'credit-risk', bundle: 'releases/credit-risk-3.zip', publicKey: 'keys/mg.pub',"
                + " log: 'logs', reference: 'train.csv', modelgate: 'java -jar mg.jar')");

        List<PipelineRun.Call> scripts = run.calls("sh");
        assertThat(scripts.get(0).argument("script"))
                .isEqualTo("java -jar mg.jar verify 'releases/credit-risk-3.zip' --public-key 'keys/mg.pub'"
                        + " && unzip -o -q 'releases/credit-risk-3.zip' model.pmml -d 'build/monitored'");
        assertThat(scripts.get(1).argument("script"))
                .contains("java -jar mg.jar monitor drift --pmml 'build/monitored/model.pmml' ");
    }

    @Test
    void shouldNameWhatIsMissing() {
        assertThatThrownBy(() -> run.run("mlMonitor(model: 'credit-risk', log: 'logs', reference: 'train.csv')"))
                .hasMessageContaining("needs the setting 'pmml' (the released model) or 'bundle'");
        assertThatThrownBy(() -> run.run("mlMonitor(model: 'm', pmml: 'm.pmml', log: 'logs', reference: 'r.csv',"
                        + " labels: 'labels.csv', key: 'id')"))
                .hasMessageStartingWith("ModelGate: the setting 'target' is required");
        assertThat(run.steps()).doesNotContain("sh");
    }

    @Test
    void shouldNameTheRetrainRequestAndCheckTheTrainingInputsInTheDeliveryPipeline() throws Exception {
        String request = BUILD_URL + "artifact/modelgate-evidence/drift/retrain-request.json";
        run.params.put("RETRAIN_REQUEST", request);
        run.stub("sh", (named, positional, body) -> 3);

        run.run(Path.of("../sample-Jenkinsfile"));

        assertThat(run.calls("echo").get(0).argument(""))
                .isEqualTo("ModelGate: retraining credit-risk on the retrain request " + request);
        assertThat(run.calls("stage")).extracting(call -> call.argument("")).containsExactly("Fingerprint");
        assertThat(run.calls("unstable").get(0).argument(""))
                .contains("training inputs are unchanged since the last successful build")
                .contains("add the newly labelled data to data/train.csv");
        assertThat(run.currentBuild.getDescription()).isEqualTo("retrain requested, inputs unchanged: not retrained");
    }
}
