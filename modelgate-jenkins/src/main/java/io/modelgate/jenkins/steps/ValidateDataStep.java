package io.modelgate.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.modelgate.data.CsvFormat;
import io.modelgate.report.Evidence;
import io.modelgate.validation.DatasetValidation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code mlValidateData}: checks a dataset against its schema (types, completeness, ranges, allowed values, patterns,
 * uniqueness, row count, personal data) and, with a reference, every drift column for drift; what {@code modelgate
 * validate} does, on the agent that holds the workspace.
 */
public class ValidateDataStep extends GateStep {
    static final String FUNCTION = "mlValidateData";

    private static final long serialVersionUID = 1L;

    private final String data;
    private final String schema;
    private String reference;
    private String delimiter = ",";

    /**
     * Binds the required parameters.
     *
     * @param data the CSV file to validate (.gz too), relative to the workspace
     * @param schema the schema, YAML or JSON, relative to the workspace
     */
    @DataBoundConstructor
    public ValidateDataStep(final String data, final String schema) {
        this.data = blankTo(data, null);
        this.schema = blankTo(schema, null);
    }

    public String getData() {
        return data;
    }

    public String getSchema() {
        return schema;
    }

    public String getReference() {
        return reference;
    }

    /**
     * Sets the reference data (e.g. the training data) every drift column of the schema is compared with.
     *
     * @param file a CSV file relative to the workspace; blank for no drift check
     */
    @DataBoundSetter
    public void setReference(final String file) {
        this.reference = blankTo(file, null);
    }

    public String getDelimiter() {
        return delimiter;
    }

    /**
     * Sets the field delimiter of the data and the reference.
     *
     * @param character one character, or {@code tab}; blank for a comma
     */
    @DataBoundSetter
    public void setDelimiter(final String character) {
        this.delimiter = blankTo(character, ",");
    }

    @Override
    String functionName() {
        return FUNCTION;
    }

    @Override
    String evidenceName() {
        return "validation";
    }

    @Override
    String title() {
        return "Validation of " + Path.of(data).getFileName();
    }

    @Override
    @SuppressFBWarnings(
            value = "RV_RETURN_VALUE_IGNORED_INFERRED",
            justification = "withDelimiter is called for its check: it throws on a bad delimiter")
    void checkSettings() {
        if (data == null || schema == null) {
            throw new IllegalArgumentException("data and schema are required");
        }
        CsvFormat.RFC_4180.withDelimiter(delimiter);
    }

    @Override
    Evidence evaluate(final Path workspace) throws IOException {
        return new DatasetValidation(workspace.resolve(data), workspace.resolve(schema))
                .withReference(resolve(workspace, reference))
                .withFormat(CsvFormat.RFC_4180.withDelimiter(delimiter))
                .withSubject(subject())
                .run();
    }

    /** Names the step {@value #FUNCTION} and asks for a workspace: it must run inside {@code node}. */
    @Extension
    @Symbol(FUNCTION)
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Validate data against a schema (ModelGate)";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(FilePath.class, FlowNode.class, Run.class, TaskListener.class);
        }
    }
}
