package io.modelgate.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.Test;

/** The steps as Pipeline and Stapler see them: descriptors, names, required context and parameter binding. */
class StepBindingTest {
    private static final Map<Class<?>, Object> SAMPLES = Map.of(
            String.class,
            "value",
            boolean.class,
            true,
            int.class,
            7,
            long.class,
            9L,
            double.class,
            0.25,
            Long.class,
            11L,
            Double.class,
            0.5);

    @Test
    void shouldIndexEveryStepDescriptorAsJenkinsFindsExtensions() {
        List<StepDescriptor> descriptors = StepCatalog.descriptors();

        assertThat(descriptors)
                .extracting(StepDescriptor::getFunctionName)
                .containsExactly(
                        "mlCheckReproducibility",
                        "mlCompareModels",
                        "mlDeploy",
                        "mlPackageModel",
                        "mlRelease",
                        "mlRollback",
                        "mlStageGate",
                        "mlValidateData");
        assertThat(descriptors).allSatisfy(descriptor -> {
            assertThat(descriptor.getFunctionName()).matches("ml[A-Z][A-Za-z0-9]*");
            assertThat(descriptor.getClass().getAnnotation(Symbol.class).value())
                    .containsExactly(descriptor.getFunctionName());
            assertThat(descriptor.getDisplayName()).endsWith("(ModelGate)");
            assertThat(descriptor.clazz.getSimpleName()).endsWith("Step");
            assertThat(descriptor.takesImplicitBlockArgument()).isFalse();
            assertThat(Set.copyOf(descriptor.getRequiredContext()))
                    .isEqualTo(Set.of(FilePath.class, FlowNode.class, Run.class, TaskListener.class));
        });
    }

    @Test
    void shouldBindRequiredParametersByTheirCompiledNames() {
        assertThat(StepCatalog.required(ValidateDataStep.class)).containsExactly("data", "schema");
        assertThat(StepCatalog.required(CompareModelsStep.class)).containsExactly("candidate", "holdout", "target");
        assertThat(StepCatalog.required(CheckReproducibilityStep.class)).containsExactly("candidate", "command");
        assertThat(StepCatalog.required(PackageModelStep.class)).containsExactly("candidate", "output", "privateKey");
        assertThat(StepCatalog.required(StageGateStep.class)).containsExactly("stage");
        assertThat(StepCatalog.required(ReleaseStep.class)).containsExactly("bundle", "approver");
        assertThat(StepCatalog.required(RollbackStep.class)).isEmpty();
        assertThat(StepCatalog.required(DeployStep.class)).containsExactly("bundle", "target");
        for (StepDescriptor descriptor : StepCatalog.descriptors()) {
            Step step = StepCatalog.instance(descriptor.clazz);
            for (String parameter : StepCatalog.required(descriptor.clazz)) {
                assertThat(invoke(StepCatalog.getter(descriptor.clazz, parameter), step))
                        .as(parameter)
                        .isEqualTo(parameter);
            }
        }
    }

    @Test
    void shouldBindEveryOptionalParameterThroughASetterAndReadItBack() throws Exception {
        for (StepDescriptor descriptor : StepCatalog.descriptors()) {
            Step step = StepCatalog.instance(descriptor.clazz);
            for (Method setter : StepCatalog.setters(descriptor.clazz)) {
                Class<?> type = setter.getParameterTypes()[0];
                assertThat(SAMPLES).as(setter + " takes a type Stapler binds").containsKey(type);

                setter.invoke(step, SAMPLES.get(type));

                assertThat(invoke(StepCatalog.getter(descriptor.clazz, StepCatalog.property(setter)), step))
                        .as(descriptor.getFunctionName() + "." + StepCatalog.property(setter))
                        .isEqualTo(SAMPLES.get(type));
            }
        }
    }

    @Test
    void shouldTreatBlankTextAsTheDefaultAsTheSnippetGeneratorSendsIt() {
        ValidateDataStep step = new ValidateDataStep(" data.csv ", "schema.yaml");
        step.setEvidence(" ");
        step.setReference("");
        step.setDelimiter(null);
        CompareModelsStep compare = new CompareModelsStep("c.pmml", "h.csv", "y");
        compare.setPrimaryMetric(" ");
        compare.setOnMissingChampion("");

        assertThat(step.getData()).isEqualTo("data.csv");
        assertThat(step.getEvidence()).isEqualTo(GateStep.DEFAULT_EVIDENCE);
        assertThat(step.getReference()).isNull();
        assertThat(step.getDelimiter()).isEqualTo(",");
        assertThat(compare.getPrimaryMetric()).isNull();
        assertThat(compare.getOnMissingChampion()).isEqualTo("fail");
    }

    private static Object invoke(final Method getter, final Object target) {
        try {
            return getter.invoke(target);
        } catch (ReflectiveOperationException exception) {
            throw new AssertionError(exception);
        }
    }
}
