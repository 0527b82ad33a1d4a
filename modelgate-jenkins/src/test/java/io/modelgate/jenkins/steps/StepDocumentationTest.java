package io.modelgate.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.GeneratedDocs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Generates the step reference of docs/steps.md from the step classes (descriptors, constructor, setters, defaults)
 * and their help files, and holds every step to its Snippet Generator form: one {@code config.jelly} field and one
 * {@code help-<parameter>.html} per parameter, nothing more.
 */
class StepDocumentationTest {
    @Test
    void shouldGiveEveryParameterAFormFieldAndAHelpFile() {
        for (StepDescriptor descriptor : StepCatalog.descriptors()) {
            List<String> parameters = parameters(descriptor.clazz);

            assertThat(formFields(descriptor.clazz))
                    .as(descriptor.getFunctionName() + " config.jelly")
                    .containsExactlyInAnyOrderElementsOf(parameters);
            assertThat(resource(descriptor.clazz, "help.html")).as("help.html").isNotBlank();
            for (String parameter : parameters) {
                assertThat(resource(descriptor.clazz, "help-" + parameter + ".html"))
                        .as(descriptor.getFunctionName() + " help-" + parameter + ".html")
                        .isNotBlank();
            }
        }
    }

    @Test
    void shouldKeepTheStepReferenceInStepWithTheCode() throws IOException {
        StringBuilder page = new StringBuilder();
        for (StepDescriptor descriptor : StepCatalog.descriptors()) {
            Class<? extends Step> type = descriptor.clazz;
            page.append("### `")
                    .append(descriptor.getFunctionName())
                    .append("`: ")
                    .append(descriptor.getDisplayName().replace(" (ModelGate)", ""))
                    .append("\n\n")
                    .append(text(resource(type, "help.html")))
                    .append("\n\nRequired context: ")
                    .append(descriptor.getRequiredContext().stream()
                            .map(Class::getSimpleName)
                            .sorted()
                            .collect(Collectors.joining(", ")))
                    .append(" (inside `node`).\n\n")
                    .append("| parameter | type | default | description |\n| --- | --- | --- | --- |\n");
            Step step = StepCatalog.instance(type);
            List<String> required = StepCatalog.required(type);
            for (String parameter : formFields(type)) {
                Method getter = StepCatalog.getter(type, parameter);
                page.append("| `")
                        .append(parameter)
                        .append("` | ")
                        .append(getter.getReturnType().getSimpleName())
                        .append(" | ")
                        .append(required.contains(parameter) ? "required" : defaultValue(getter, step))
                        .append(" | ")
                        .append(text(resource(type, "help-" + parameter + ".html")))
                        .append(" |\n");
            }
            page.append('\n');
        }

        GeneratedDocs.check("docs/steps.md", "steps", page.toString());
    }

    private static List<String> parameters(final Class<? extends Step> type) {
        List<String> parameters = new ArrayList<>(StepCatalog.required(type));
        StepCatalog.setters(type).stream().map(StepCatalog::property).forEach(parameters::add);
        return parameters;
    }

    /** The {@code field} attributes of the step's config.jelly, in the order the form shows them. */
    private static List<String> formFields(final Class<?> type) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + "/config.jelly")) {
            assertThat(in).as(type.getSimpleName() + "/config.jelly").isNotNull();
            NodeList entries = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(in)
                    .getElementsByTagName("f:entry");
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < entries.getLength(); i++) {
                fields.add(((Element) entries.item(i)).getAttribute("field"));
            }
            return fields;
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        } catch (Exception exception) {
            throw new AssertionError(type.getSimpleName() + "/config.jelly is not well-formed XML", exception);
        }
    }

    private static String resource(final Class<?> type, final String name) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + "/" + name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    private static String defaultValue(final Method getter, final Step step) {
        try {
            Object value = getter.invoke(step);
            if (value == null) {
                return "none";
            }
            return value instanceof String text && text.isEmpty() ? "empty" : "`" + value + "`";
        } catch (ReflectiveOperationException exception) {
            throw new AssertionError(exception);
        }
    }

    /** Help HTML as Markdown text on one line: code spans kept, other tags dropped, entities decoded. */
    private static String text(final String html) {
        Map<String, String> entities = new LinkedHashMap<>();
        entities.put("&lt;", "<");
        entities.put("&gt;", ">");
        entities.put("&#215;", "×");
        entities.put("&#8722;", "−");
        entities.put("&amp;", "&");
        String text = html.replaceAll("</?code>", "`")
                .replaceAll("<[^>]+>", "")
                .replaceAll("\\s+", " ")
                .strip();
        for (Map.Entry<String, String> entity : entities.entrySet()) {
            text = text.replace(entity.getKey(), entity.getValue());
        }
        return text.replace("|", "\\|");
    }
}
