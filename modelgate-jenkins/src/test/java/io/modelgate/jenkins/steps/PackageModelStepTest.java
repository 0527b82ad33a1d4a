package io.modelgate.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import io.modelgate.packaging.BundleVerifier;
import io.modelgate.packaging.Keys;
import io.modelgate.report.GateStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mlPackageModel} on real scikit-learn models with a fresh signing key, end to end. */
class PackageModelStepTest {
    @TempDir
    Path workspace;

    @BeforeEach
    void checkOut() throws Exception {
        Workspaces.copy(workspace, Workspaces.MODELS, "CreditBoosting.pmml", "CreditTree.pmml");
        Keys.write(Keys.generate(), workspace.resolve("keys"));
    }

    @Test
    void shouldWriteAVerifiedBundleWithTheEvidenceAboutTheModel() throws Exception {
        run(new CannedStep(GateStatus.PASSED)); // evidence of kind 'canned': not bundled
        PackageModelStep step = new PackageModelStep("CreditBoosting.pmml", "build/bundle.zip", "keys/modelgate.key");
        step.setChampion("CreditTree.pmml");
        step.setModel("credit-risk");
        step.setModelVersion("42");
        step.setCreated("2026-11-28T02:00:00Z");
        step.setOwner("risk team");

        FakeStepContext context = run(step);

        assertThat(context.failure()).isNull();
        assertThat(context.summary())
                .containsEntry("status", "PASSED")
                .containsEntry("kind", "bundle")
                .containsEntry("evidence", "modelgate-evidence/bundle.json");
        Map<String, byte[]> entries = BundleVerifier.verify(
                workspace.resolve("build/bundle.zip"), Keys.readPublic(workspace.resolve("keys/modelgate.pub")));
        assertThat(entries).isNotEmpty();
        assertThat(Files.readString(workspace.resolve("modelgate-evidence/bundle.json")))
                .contains("\"path\" : \"build/bundle.zip\"")
                .contains("\"name\" : \"bundle:verified\"")
                .contains("\"version\" : \"42\"");
        assertThat(context.listener.log()).contains("bundle PASSED");
    }

    @Test
    void shouldBuildTheSameBytesFromTheSameInputs() throws Exception {
        PackageModelStep step = new PackageModelStep("CreditBoosting.pmml", "build/one.zip", "keys/modelgate.key");
        step.setCreated("2026-11-28T02:00:00Z");
        run(step);
        byte[] first = Files.readAllBytes(workspace.resolve("build/one.zip"));
        Files.delete(workspace.resolve("modelgate-evidence/bundle.json"));

        run(step);

        assertThat(Files.readAllBytes(workspace.resolve("build/one.zip"))).isEqualTo(first);
    }

    @Test
    void shouldRefuseABundleThatDoesNotVerifyWithThePublicKey() throws Exception {
        Keys.write(Keys.generate(), workspace.resolve("other"));
        PackageModelStep step = new PackageModelStep("CreditBoosting.pmml", "build/bundle.zip", "keys/modelgate.key");
        step.setPublicKey("other/modelgate.pub");

        FakeStepContext context = run(step);

        assertThat(context.failure()).isExactlyInstanceOf(AbortException.class).hasNoCause();
        assertThat(context.run.getActions(GateAction.class)).isEmpty();
    }

    @Test
    void shouldNameAKeyThatIsNotAKey() throws Exception {
        Files.writeString(workspace.resolve("keys/broken.key"), "not a key");
        Files.copy(workspace.resolve("keys/modelgate.pub"), workspace.resolve("keys/broken.pub"));

        FakeStepContext context =
                run(new PackageModelStep("CreditBoosting.pmml", "build/bundle.zip", "keys/broken.key"));

        assertThat(context.failure()).isExactlyInstanceOf(AbortException.class).hasMessageContaining("broken.key");
        assertThat(workspace.resolve("build/bundle.zip")).doesNotExist();
    }

    @Test
    void shouldRefuseABundleInsideTheEvidenceItIsBuiltFrom() {
        FakeStepContext context =
                run(new PackageModelStep("CreditBoosting.pmml", "modelgate-evidence/b.zip", "keys/modelgate.key"));

        assertThat(context.failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageStartingWith("mlPackageModel: output must not be in the evidence folder");
    }

    private FakeStepContext run(final GateStep step) {
        FakeStepContext context = new FakeStepContext(workspace.toFile());
        try {
            step.start(context).start();
        } catch (Exception exception) {
            throw new AssertionError(exception);
        }
        return context;
    }
}
