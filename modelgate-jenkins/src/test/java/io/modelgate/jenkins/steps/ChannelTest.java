package io.modelgate.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import io.modelgate.data.DataFormatException;
import io.modelgate.report.GateStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What crosses the agent channel survives Java serialization and is made only of classes the controller accepts
 * (JEP-200): JDK classes, Jenkins classes, and classes of this plugin that are listed in {@code
 * META-INF/hudson.remoting.ClassFilter}; never a class of the core or of a library.
 */
class ChannelTest {
    @TempDir
    Path workspace;

    @Test
    void shouldSendEveryStepToTheAgentWithItsParameters() throws Exception {
        CompareModelsStep compare = new CompareModelsStep("c.pmml", "h.csv", "default");
        compare.setChampion("champion.pmml");
        compare.setGuards("log_loss:0.01");
        compare.setMaximumFlipRate(0.1);
        compare.setSeed(42);
        ValidateDataStep validate = new ValidateDataStep("d.csv", "s.yaml");
        validate.setReference("r.csv");
        validate.setFailOnWarning(true);
        CheckReproducibilityStep reproduce = new CheckReproducibilityStep("c.pmml", "make model");
        reproduce.setProbe("p.csv");
        reproduce.setTolerance(1e-4);
        reproduce.setTimeout("10m");

        PackageModelStep bundle = new PackageModelStep("c.pmml", "build/bundle.zip", "/tmp/secret.key");
        bundle.setChampion("champion.pmml");
        bundle.setAllowBreaking(true);

        StageGateStep gate = new StageGateStep("release");
        gate.setAuthor("dev@example.com");
        gate.setTriggeredBy("alice");

        ReleaseStep release = new ReleaseStep("build/bundle.zip", "alice");
        release.setRegistry("jdbc:postgresql://127.0.0.1:5432/modelgate?user=modelgate");
        release.setAlias("production");
        release.setAuthor("dev@example.com");
        release.setTriggeredBy("nightly");

        RollbackStep rollback = new RollbackStep();
        rollback.setModel("credit-risk");
        rollback.setBy("bob");
        rollback.setReason("smoke test failed");

        DeployStep deploy = new DeployStep("build/bundle.zip", "staging");
        deploy.setSmokeTest("h.csv");
        deploy.setUrl("http://model.staging:8080");
        deploy.setImage("registry.example.com/modelgate:0.1.0");
        deploy.setRows(50);
        deploy.setLatencyP99Ms(25.0);

        for (GateStep step : List.of(compare, validate, reproduce, bundle, gate, release, rollback, deploy)) {
            Set<String> classes = new TreeSet<>();
            GateTask copy = (GateTask) roundTrip(new GateTask(step), classes);

            assertThat(classes)
                    .allMatch(name -> name.startsWith("java.")
                            || name.startsWith("jenkins.")
                            || name.startsWith("hudson.")
                            || name.startsWith("org.jenkinsci.plugins.workflow.steps.")
                            || name.startsWith("io.modelgate.jenkins.steps."));
            GateStep sent = (GateStep) field(copy, "step");
            assertThat(sent).usingRecursiveComparison().isEqualTo(step);
        }
    }

    @Test
    void shouldSendBackAnOutcomeOfListedClassesOnly() throws Exception {
        FakeStepContext context = new FakeStepContext(workspace.toFile());
        GateOutcome outcome =
                new GateTask(new CannedStep(GateStatus.FAILED, GateStatus.INACTIVE)).invoke(workspace.toFile(), null);
        Set<String> classes = new TreeSet<>();

        GateOutcome copy = (GateOutcome) roundTrip(outcome, classes);

        assertThat(copy).usingRecursiveComparison().isEqualTo(outcome);
        assertThat(classes.stream().filter(name -> !name.startsWith("java.")))
                .containsExactlyInAnyOrderElementsOf(listedClasses());
        assertThat(context.outcomes()).isZero();
    }

    @Test
    void shouldSendBackFailuresAsJdkAndJenkinsExceptionsOnly() throws Exception {
        List<Exception> failures = List.of(
                new DataFormatException("data.csv", 2, 3, "the quoted field is never closed"),
                new IllegalStateException("a bug", new DataFormatException("x.csv", 1, 1, "inside")));

        for (Exception failure : failures) {
            Set<String> classes = new TreeSet<>();
            roundTrip(AgentFailures.plain(failure), classes);

            assertThat(classes)
                    .allMatch(name -> name.startsWith("java.") || name.equals(AbortException.class.getName()));
        }
    }

    @Test
    void shouldKeepOnlyJdkAndListedTypesInTheBuildRecord() {
        for (Field field : GateAction.class.getDeclaredFields()) {
            if (Modifier.isTransient(field.getModifiers()) || Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            assertThat(field.getType().getName())
                    .as(field.getName())
                    .matches("int|java\\.lang\\.String|java\\.util\\.ArrayList");
        }
    }

    private static List<String> listedClasses() throws IOException {
        try (InputStream in = GateOutcome.class.getResourceAsStream("/META-INF/hudson.remoting.ClassFilter")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank())
                    .toList();
        }
    }

    private static Object roundTrip(final Object object, final Set<String> classes) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
            @Override
            protected Class<?> resolveClass(final ObjectStreamClass description)
                    throws IOException, ClassNotFoundException {
                classes.add(description.getName().replaceAll("^\\[+L?|;$", ""));
                return super.resolveClass(description);
            }
        }) {
            return in.readObject();
        }
    }

    private static Object field(final Object target, final String name) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
