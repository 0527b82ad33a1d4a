package io.modelgate.jenkins.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs sample-Jenkinsfile against the shared library with stubbed steps: the four stages in order, a gate failure
 * stopping the flow, the approval outside any agent and inside a timeout, only release managers approving, and the
 * nightly build that ends early when its training inputs did not change.
 */
class DeliveryPipelineTest {
    private static final Path JENKINSFILE = Path.of("../sample-Jenkinsfile");
    private static final String TIMER = "hudson.triggers.TimerTrigger$TimerTriggerCause";
    private static final String USER = "hudson.model.Cause$UserIdCause";
    private static final Map<String, Set<String>> GROUPS = Map.of("alice", Set.of("release-managers"));

    private final AtomicInteger nodes = new AtomicInteger();
    private final AtomicInteger timeouts = new AtomicInteger();
    private final List<String> inputContext = new ArrayList<>();
    private PipelineRun run;
    private String answeredBy = "alice";
    private int fingerprintStatus;

    @BeforeEach
    void stubJenkins() {
        run = new PipelineRun();
        for (String step : List.of(
                "mlValidateData",
                "mlCheckReproducibility",
                "mlCompareModels",
                "mlPackageModel",
                "mlDeploy",
                "mlStageGate",
                "mlRelease",
                "mlRollback")) {
            run.stub(step, named -> Map.of("status", "PASSED", "passed", true));
        }
        run.stub("node", (named, positional, body) -> within(nodes, body));
        run.stub("timeout", (named, positional, body) -> within(timeouts, body));
        run.stub("withCredentials", (named, positional, body) -> {
            run.env.put("MODELGATE_SIGNING_KEY", "/agent/workspace/credit-risk@tmp/secretFiles/key");
            try {
                return body.call();
            } finally {
                run.env.remove("MODELGATE_SIGNING_KEY");
            }
        });
        run.stub(
                "sh",
                (named, positional, body) ->
                        String.valueOf(named.get("script")).contains(" fingerprint ") ? fingerprintStatus : 0);
        run.stub("input", (named, positional, body) -> {
            inputContext.add("nodes=" + nodes.get() + ", timeouts=" + timeouts.get());
            if (!mayApprove(answeredBy, String.valueOf(named.get("submitter")))) {
                // Jenkins refuses the answer of anyone else; the input waits until the timeout aborts the build.
                throw new PipelineRun.Failure("Timeout has been exceeded");
            }
            return answeredBy;
        });
    }

    @Test
    void shouldRunTheSampleThroughTheFourStagesAndReleaseWithTheApprover() throws Exception {
        run.env.put("CHANGE_AUTHOR_EMAIL", "dev@example.com");
        run.run(JENKINSFILE);

        assertThat(run.calls("stage"))
                .extracting(call -> call.argument(""))
                .containsExactly("Integration", "Delivery", "Deployment", "Release");
        assertThat(run.steps())
                .containsSubsequence(
                        "mlValidateData",
                        "withEnv",
                        "sh",
                        "mlCheckReproducibility",
                        "mlStageGate",
                        "mlCompareModels",
                        "withCredentials",
                        "mlPackageModel",
                        "mlStageGate",
                        "lock",
                        "mlDeploy",
                        "mlStageGate",
                        "milestone",
                        "input",
                        "milestone",
                        "lock",
                        "milestone",
                        "mlRelease")
                .doesNotContain("mlRollback", "copyArtifacts");
        assertThat(run.calls("mlStageGate"))
                .extracting(call -> call.argument("stage"))
                .containsExactly("Integration", "Delivery", "Deployment");
        assertThat(inputContext)
                .as("no executor waits, no build waits for ever")
                .containsExactly("nodes=0, timeouts=1");
        assertThat(run.calls("input").get(0).arguments())
                .containsEntry("submitter", "release-managers")
                .containsEntry("submitterParameter", "approver");
        assertThat(run.calls("mlRelease").get(0).arguments())
                .containsEntry("approver", "alice")
                .containsEntry("author", "dev@example.com")
                .containsEntry("model", "credit-risk")
                .containsEntry("modelVersion", "7");
        assertThat(run.calls("mlPackageModel").get(0).arguments())
                .containsEntry("privateKey", "/agent/workspace/credit-risk@tmp/secretFiles/key")
                .containsEntry("publicKey", "keys/modelgate.pub");
        assertThat(run.calls("sh").get(0).argument(""))
                .isEqualTo("python3 train.py --data data/train.csv --out 'build/candidate.pmml'");
    }

    @Test
    void shouldStopTheFlowAtAFailedGate() {
        run.stub("mlCompareModels", named -> {
            throw new PipelineRun.Failure("mlCompareModels: FAILED - primary:auc: no significant improvement");
        });

        assertThatThrownBy(() -> run.run(JENKINSFILE)).hasMessageStartingWith("mlCompareModels: FAILED");

        assertThat(run.steps())
                .contains("mlCheckReproducibility", "archiveArtifacts")
                .doesNotContain("mlPackageModel", "mlDeploy", "milestone", "input", "mlRelease");
        assertThat(run.calls("mlStageGate"))
                .extracting(call -> call.argument("stage"))
                .containsExactly("Integration");
    }

    @Test
    void shouldNotReleaseWhenSomeoneWhoIsNotAReleaseManagerAnswers() {
        answeredBy = "mallory";

        assertThatThrownBy(() -> run.run(JENKINSFILE)).hasMessage("Timeout has been exceeded");

        assertThat(run.steps()).contains("input").doesNotContain("mlRelease");
        assertThat(run.calls("milestone"))
                .extracting(call -> call.argument("ordinal"))
                .containsExactly("400");
    }

    @Test
    void shouldNotLetTheUserWhoStartedTheBuildApproveIt() {
        run.currentBuild.cause(USER, Map.of("userId", "Alice"));

        assertThatThrownBy(() -> run.run(JENKINSFILE))
                .hasMessage("ModelGate: alice started this build and may not also approve its release");

        assertThat(run.steps()).doesNotContain("mlRelease");
        assertThat(run.calls("mlStageGate"))
                .allSatisfy(call -> assertThat(call.arguments()).containsEntry("triggeredBy", "Alice"));
    }

    @Test
    void shouldEndANightlyBuildEarlyWhenTheTrainingInputsAreUnchanged() throws Exception {
        run.currentBuild.cause(TIMER, Map.of());
        fingerprintStatus = 3;

        run.run(JENKINSFILE);

        assertThat(run.calls("stage")).extracting(call -> call.argument("")).containsExactly("Fingerprint");
        assertThat(run.steps()).doesNotContain("mlValidateData", "mlCheckReproducibility", "input", "mlRelease");
        assertThat(run.calls("sh").get(0).argument("script"))
                .startsWith("modelgate fingerprint --inputs 'data/train.csv' --command 'python3 train.py")
                .endsWith(" --compare 'previous/modelgate-evidence/fingerprint.json' --exit-code");
        assertThat(run.calls("echo").get(0).argument("")).contains("unchanged since the last successful build");
        assertThat(run.currentBuild.getDescription()).isEqualTo("nightly: inputs unchanged, not retrained");
    }

    @Test
    void shouldRetrainANightlyBuildWhoseInputsChanged() throws Exception {
        run.currentBuild.cause(TIMER, Map.of());

        run.run(JENKINSFILE);

        assertThat(run.calls("stage"))
                .extracting(call -> call.argument(""))
                .containsExactly("Fingerprint", "Integration", "Delivery", "Deployment", "Release");
        assertThat(run.steps()).containsSubsequence("copyArtifacts", "sh", "stash", "mlValidateData", "mlRelease");
    }

    @Test
    void shouldStopANightlyBuildWhoseFingerprintFails() {
        run.currentBuild.cause(TIMER, Map.of());
        fingerprintStatus = 2;

        assertThatThrownBy(() -> run.run(JENKINSFILE))
                .hasMessageStartingWith("ModelGate: modelgate fingerprint failed with exit code 2");
        assertThat(run.steps()).doesNotContain("mlValidateData");
    }

    @Test
    void shouldNameAMissingSetting() {
        assertThatThrownBy(() -> run.run("mlDeliveryPipeline(model: 'credit-risk', data: 'd.csv')"))
                .hasMessageStartingWith("ModelGate: the setting 'schema' is required");
        assertThat(run.steps()).containsExactly("error");
    }

    private static Object within(final AtomicInteger depth, final groovy.lang.Closure<?> body) {
        depth.incrementAndGet();
        try {
            return body.call();
        } finally {
            depth.decrementAndGet();
        }
    }

    private static boolean mayApprove(final String user, final String submitter) {
        return Arrays.stream(submitter.split(","))
                .map(String::strip)
                .anyMatch(allowed -> allowed.equalsIgnoreCase(user)
                        || GROUPS.getOrDefault(user.toLowerCase(Locale.ROOT), Set.of())
                                .contains(allowed));
    }
}
