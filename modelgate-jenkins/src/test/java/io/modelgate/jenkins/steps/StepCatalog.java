package io.modelgate.jenkins.steps;

import hudson.Extension;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The plugin's steps as Jenkins finds them: the step descriptors in the SezPoz index of {@code @Extension} that the
 * compiler wrote, and each step's parameters as Stapler binds them (the {@code @DataBoundConstructor}'s parameter
 * names, then the {@code @DataBoundSetter} properties).
 */
final class StepCatalog {
    private StepCatalog() {}

    /** @return every step descriptor of the plugin, by function name */
    static List<StepDescriptor> descriptors() {
        List<StepDescriptor> found = new ArrayList<>();
        for (IndexItem<Extension, Object> item :
                Index.load(Extension.class, Object.class, StepCatalog.class.getClassLoader())) {
            try {
                if (item.instance() instanceof StepDescriptor descriptor) {
                    found.add(descriptor);
                }
            } catch (InstantiationException exception) {
                throw new AssertionError("Jenkins could not create " + item.className(), exception);
            }
        }
        found.sort(Comparator.comparing(StepDescriptor::getFunctionName));
        return found;
    }

    /**
     * Finds the constructor Stapler binds.
     *
     * @param step the step class
     * @return its {@code @DataBoundConstructor}
     */
    static Constructor<?> constructor(final Class<? extends Step> step) {
        return Arrays.stream(step.getConstructors())
                .filter(constructor -> constructor.isAnnotationPresent(DataBoundConstructor.class))
                .findFirst()
                .orElseThrow(() -> new AssertionError(step + " has no public @DataBoundConstructor"));
    }

    /**
     * Names the required parameters.
     *
     * @param step the step class
     * @return the constructor's parameter names, as compiled with {@code -parameters}
     */
    static List<String> required(final Class<? extends Step> step) {
        return Arrays.stream(constructor(step).getParameters())
                .map(Parameter::getName)
                .toList();
    }

    /**
     * Lists the setters Stapler binds, declared by the step and by its superclasses, most specific first.
     *
     * @param step the step class
     * @return the public {@code @DataBoundSetter} methods
     */
    static List<Method> setters(final Class<? extends Step> step) {
        List<Method> setters = new ArrayList<>();
        for (Class<?> type = step; type != null; type = type.getSuperclass()) {
            Arrays.stream(type.getDeclaredMethods())
                    .filter(method -> method.isAnnotationPresent(DataBoundSetter.class))
                    .filter(method -> Modifier.isPublic(method.getModifiers()))
                    .forEach(setters::add);
        }
        return setters;
    }

    /**
     * Names the property of a setter.
     *
     * @param setter e.g. {@code setModelVersion}
     * @return e.g. {@code modelVersion}
     */
    static String property(final Method setter) {
        String name = setter.getName().substring(3);
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /**
     * Finds the getter of a property, which the Snippet Generator and data binding need.
     *
     * @param step the step class
     * @param property the property
     * @return the public getter
     */
    static Method getter(final Class<?> step, final String property) {
        String suffix = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
        for (String prefix : List.of("get", "is")) {
            try {
                return step.getMethod(prefix + suffix);
            } catch (NoSuchMethodException exception) {
                // try the next prefix
            }
        }
        throw new AssertionError(step.getSimpleName() + " has no public getter of " + property);
    }

    /**
     * Creates a step with placeholder values for its required parameters.
     *
     * @param step the step class
     * @return the step, every optional parameter at its default
     */
    static Step instance(final Class<? extends Step> step) {
        Constructor<?> constructor = constructor(step);
        Object[] values = Arrays.stream(constructor.getParameters())
                .map(Parameter::getName)
                .toArray();
        try {
            return (Step) constructor.newInstance(values);
        } catch (ReflectiveOperationException exception) {
            throw new AssertionError("Cannot create " + step, exception);
        }
    }
}
