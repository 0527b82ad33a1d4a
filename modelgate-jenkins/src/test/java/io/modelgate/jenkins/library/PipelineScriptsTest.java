package io.modelgate.jenkins.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Keeps sample-Jenkinsfile and the shared library from rotting: both parse with the Groovy Jenkins runs Pipelines
 * with (2.4.21), every step they call exists (one of ours, a PLANNED one, or a Jenkins step from a named plugin),
 * every named argument of our steps is a parameter of the step, and every call on a library variable names a method
 * of that variable.
 */
class PipelineScriptsTest {
    private static final Path LIBRARY = Path.of("../pipeline-library/vars");
    private static final Path JENKINSFILE = Path.of("../sample-Jenkinsfile");
    private static final Path MONITORING_JENKINSFILE = Path.of("../sample-monitoring-Jenkinsfile");

    /**
     * Steps the library and the sample call that land with their core features in the next round. Each must be used
     * (or it is dropped from here) and none may be implemented yet (move it to the implemented steps when it is).
     */
    private static final Set<String> PLANNED = Set.of();

    /** Steps and Pipeline symbols of Jenkins and its plugins that the scripts use, with where they come from. */
    private static final Map<String, String> JENKINS = jenkinsSteps();

    private static Map<String, StepDescriptor> implemented;
    private static Map<String, PipelineScripts> scripts;

    @BeforeAll
    static void parseEveryScript() throws IOException {
        implemented = new TreeMap<>();
        for (IndexItem<hudson.Extension, Object> item : Index.load(hudson.Extension.class, Object.class)) {
            try {
                if (item.instance() instanceof StepDescriptor descriptor) {
                    implemented.put(descriptor.getFunctionName(), descriptor);
                }
            } catch (InstantiationException exception) {
                throw new AssertionError(exception);
            }
        }
        scripts = new LinkedHashMap<>();
        scripts.put("sample-Jenkinsfile", parse(JENKINSFILE));
        scripts.put("sample-monitoring-Jenkinsfile", parse(MONITORING_JENKINSFILE));
        for (Path file : variables()) {
            scripts.put(file.getFileName().toString(), parse(file));
        }
    }

    @Test
    void shouldParseTheSampleAndEveryLibraryVariable() {
        assertThat(scripts.keySet())
                .contains(
                        "sample-Jenkinsfile",
                        "sample-monitoring-Jenkinsfile",
                        "mlMonitor.groovy",
                        "modelgateIntegration.groovy",
                        "modelgateDelivery.groovy",
                        "modelgateDeployment.groovy",
                        "modelgateRelease.groovy",
                        "mlGatedStage.groovy",
                        "mlDeliveryPipeline.groovy");
        assertThat(scripts.get("sample-Jenkinsfile").calls())
                .extracting(PipelineScripts.Call::name)
                .contains("mlDeliveryPipeline");
        assertThat(scripts.get("sample-monitoring-Jenkinsfile").calls())
                .extracting(PipelineScripts.Call::name)
                .contains("mlMonitor");
        assertThat(scripts.get("mlDeliveryPipeline.groovy").calls())
                .extracting(PipelineScripts.Call::name)
                .containsSubsequence(
                        "modelgateIntegration", "modelgateDelivery", "modelgateDeployment", "modelgateRelease");
    }

    @Test
    void shouldCallOnlyStepsThatExist() {
        Set<String> variables = variableNames();
        for (Map.Entry<String, PipelineScripts> script : scripts.entrySet()) {
            for (PipelineScripts.Call call : script.getValue().calls()) {
                assertThat(implemented.containsKey(call.name())
                                || PLANNED.contains(call.name())
                                || JENKINS.containsKey(call.name())
                                || variables.contains(call.name())
                                || script.getValue().methods().contains(call.name())
                                || script.getValue().declared().contains(call.name()))
                        .as(
                                "%s line %d calls '%s', which is no step, library variable or method of the script",
                                script.getKey(), call.line(), call.name())
                        .isTrue();
            }
        }
    }

    @Test
    void shouldPassOurStepsOnlyTheirParameters() {
        int checked = 0;
        for (Map.Entry<String, PipelineScripts> script : scripts.entrySet()) {
            for (PipelineScripts.Call call : script.getValue().calls()) {
                StepDescriptor step = implemented.get(call.name());
                if (step != null) {
                    assertThat(parameters(step.clazz))
                            .as("%s line %d: parameters of %s", script.getKey(), call.line(), call.name())
                            .containsAll(call.namedArguments());
                    checked += call.namedArguments().size();
                }
            }
        }
        assertThat(checked).as("named arguments of implemented steps checked").isPositive();
    }

    @Test
    void shouldCallOnlyMethodsTheLibraryVariablesDefine() {
        Set<String> variables = variableNames();
        for (Map.Entry<String, PipelineScripts> script : scripts.entrySet()) {
            for (PipelineScripts.VariableCall call : script.getValue().variableCalls()) {
                if (variables.contains(call.variable())) {
                    assertThat(scripts.get(call.variable() + ".groovy").methods())
                            .as("%s line %d calls %s.%s", script.getKey(), call.line(), call.variable(), call.method())
                            .contains(call.method());
                }
            }
        }
    }

    @Test
    void shouldKeepThePlannedListHonest() {
        Set<String> called = new HashSet<>();
        scripts.values().forEach(script -> script.calls().forEach(call -> called.add(call.name())));

        assertThat(PLANNED)
                .as("planned steps that are implemented now")
                .doesNotContainAnyElementsOf(implemented.keySet());
        assertThat(called).as("planned steps nobody calls").containsAll(PLANNED);
        assertThat(called).as("implemented steps the library uses").containsAll(implemented.keySet());
    }

    @Test
    void shouldDocumentEveryLibraryVariable() {
        for (String variable : variableNames()) {
            assertThat(LIBRARY.resolve(variable + ".txt")).as(variable + ".txt").isNotEmptyFile();
        }
    }

    @Test
    void shouldRejectWhatJenkinsWouldNotParse() {
        assertThatThrownBy(() -> PipelineScripts.parse("broken", "stage('x') {\n  mlValidateData(data: 'a'\n}\n"))
                .isInstanceOf(MultipleCompilationErrorsException.class);
        assertThatThrownBy(() -> PipelineScripts.parse("lambda", "def f = (x) -> x + 1\n"))
                .as("Groovy 2.4 has no lambdas; a newer parser would accept this")
                .isInstanceOf(MultipleCompilationErrorsException.class);
    }

    private static Set<String> variableNames() {
        Set<String> names = new HashSet<>();
        for (Path file : variables()) {
            String name = file.getFileName().toString();
            names.add(name.substring(0, name.length() - ".groovy".length()));
        }
        return names;
    }

    private static List<Path> variables() {
        try (Stream<Path> files = Files.list(LIBRARY)) {
            return files.filter(file -> file.toString().endsWith(".groovy"))
                    .sorted()
                    .toList();
        } catch (IOException exception) {
            throw new java.io.UncheckedIOException(exception);
        }
    }

    private static PipelineScripts parse(final Path file) throws IOException {
        return PipelineScripts.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The names Stapler binds: the data-bound constructor's parameters and the data-bound setters' properties. */
    private static Set<String> parameters(final Class<?> step) {
        Set<String> names = new HashSet<>();
        for (var constructor : step.getConstructors()) {
            if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                for (var parameter : constructor.getParameters()) {
                    names.add(parameter.getName());
                }
            }
        }
        for (Method method : step.getMethods()) {
            if (method.isAnnotationPresent(DataBoundSetter.class)) {
                String property = method.getName().substring(3);
                names.add(property.substring(0, 1).toLowerCase(Locale.ROOT) + property.substring(1));
            }
        }
        return names;
    }

    private static Map<String, String> jenkinsSteps() {
        Map<String, String> steps = new TreeMap<>();
        for (String step :
                List.of("echo", "error", "fileExists", "readFile", "stash", "unstash", "timeout", "unstable")) {
            steps.put(step, "workflow-basic-steps");
        }
        steps.put("node", "workflow-durable-task-step");
        steps.put("sh", "workflow-durable-task-step");
        steps.put("stage", "pipeline-stage-step");
        steps.put("checkout", "workflow-scm-step");
        steps.put("input", "pipeline-input-step");
        steps.put("milestone", "pipeline-milestone-step");
        steps.put("lock", "lockable-resources");
        steps.put("junit", "junit");
        steps.put("withCredentials", "credentials-binding");
        steps.put("withEnv", "workflow-basic-steps");
        steps.put("copyArtifacts", "copyartifact");
        steps.put("lastSuccessful", "copyartifact (StatusBuildSelector)");
        steps.put("file", "credentials-binding (FileBinding)");
        steps.put("archiveArtifacts", "jenkins-core (ArtifactArchiver)");
        steps.put("properties", "workflow-multibranch (JobPropertyStep)");
        steps.put("pipelineTriggers", "workflow-job (PipelineTriggersJobProperty)");
        steps.put("cron", "jenkins-core (TimerTrigger)");
        steps.put("buildDiscarder", "jenkins-core (BuildDiscarderProperty)");
        steps.put("logRotator", "jenkins-core (LogRotator)");
        steps.put("parameters", "jenkins-core (ParametersDefinitionProperty)");
        steps.put("string", "jenkins-core (StringParameterDefinition, StringParameterValue)");
        steps.put("build", "pipeline-build-step");
        return steps;
    }
}
