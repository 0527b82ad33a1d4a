package io.modelgate.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import hudson.model.Result;
import io.modelgate.registry.AliasMove;
import io.modelgate.registry.Registration;
import io.modelgate.registry.Registry;
import io.modelgate.registry.RegistryLocation;
import io.modelgate.registry.Transition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mlRollback} on a SQLite registry in the workspace whose champion was promoted from version 1 to 2. */
class RollbackStepTest {
    private static final String MODEL = "CreditLogistic.pmml";

    @TempDir
    Path workspace;

    @BeforeEach
    void promoteTwoVersions() throws IOException {
        Workspaces.copy(workspace, Workspaces.MODELS, MODEL);
        Files.writeString(workspace.resolve("modelgate.yaml"), "model: credit-risk\nregistry: registry.db\n");
        try (Registry registry = open()) {
            for (String version : new String[] {"1", "2"}) {
                registry.register(
                        new Registration("credit-risk", version, workspace.resolve(MODEL), null, "ci", Map.of()));
                registry.moveAlias(new AliasMove(
                        "credit-risk",
                        "champion",
                        version.equals("1") ? AliasMove.NONE : "1",
                        version,
                        "alice",
                        "release " + version));
            }
        }
    }

    @Test
    void shouldRollTheChampionBackAsTheLibraryCallsItAndRecordFromAndTo() throws Exception {
        RollbackStep step = new RollbackStep();
        step.setModel("credit-risk");
        step.setPolicy("modelgate.yaml");
        step.setBy("bob");

        FakeStepContext context = run(step);

        assertThat(context.failure()).isNull();
        assertThat(context.summary())
                .containsEntry("status", "PASSED")
                .containsEntry("kind", "rollback")
                .containsEntry("evidence", "modelgate-evidence/rollback.json");
        try (Registry registry = open()) {
            assertThat(registry.aliases("credit-risk")).containsEntry("champion", "1");
            Transition last = registry.history("credit-risk").get(2);
            assertThat(last.kind()).isEqualTo(Transition.ROLLBACK);
            assertThat(last.actor()).isEqualTo("bob");
            assertThat(last.reason()).isEqualTo(RollbackStep.DEFAULT_REASON);
        }
        assertThat(workspace.resolve("modelgate-evidence/rollback.json"))
                .content()
                .contains("\"kind\" : \"rollback\"", "\"from\" : \"2\"", "\"to\" : \"1\"");
        assertThat(workspace.resolve("modelgate-evidence/audit.jsonl"))
                .content()
                .contains("\"rollback\"", "\"bob\"");
    }

    @Test
    void shouldFailWithTheRegistrysMessageWhenThereIsNoEarlierVersion() throws Exception {
        RollbackStep once = new RollbackStep();
        run(once);

        FakeStepContext context = run(new RollbackStep());

        assertThat(context.failure())
                .isExactlyInstanceOf(AbortException.class)
                .hasMessageStartingWith("mlRollback: FAILED - registry:rollback: credit-risk@champion has no earlier"
                        + " version to roll back to");
        assertThat(context.run.getResult()).isEqualTo(Result.FAILURE);
        try (Registry registry = open()) {
            assertThat(registry.aliases("credit-risk")).containsEntry("champion", "1");
        }
    }

    @Test
    void shouldRollBackNothingWhenTheChampionIsNotTheVersionMeant() throws Exception {
        RollbackStep step = new RollbackStep();
        step.setModelVersion("3");

        FakeStepContext context = run(step);

        assertThat(context.failure()).isNull();
        assertThat(context.summary()).containsEntry("status", "INACTIVE");
        assertThat(context.summary().get("reason").toString())
                .isEqualTo("registry:rollback: nothing rolled back: credit-risk@champion points to 2, not to 3");
        try (Registry registry = open()) {
            assertThat(registry.aliases("credit-risk")).containsEntry("champion", "2");
            assertThat(registry.history("credit-risk")).hasSize(2);
        }
    }

    @Test
    void shouldWorkWithoutAPolicyWhenModelAndRegistryAreGiven() throws Exception {
        Files.delete(workspace.resolve("modelgate.yaml"));
        RollbackStep step = new RollbackStep();
        step.setModel("credit-risk");
        step.setRegistry("jdbc:sqlite:" + workspace.resolve("registry.db"));
        step.setReason("smoke test failed in production");

        FakeStepContext context = run(step);

        assertThat(context.failure()).isNull();
        try (Registry registry = open()) {
            assertThat(registry.history("credit-risk").get(2).reason()).isEqualTo("smoke test failed in production");
        }
    }

    private Registry open() {
        return Registry.open(RegistryLocation.sqlite(workspace.resolve("registry.db")));
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
