package io.modelgate.validation;

import io.modelgate.GeneratedDocs;
import io.modelgate.drift.DriftMethod;
import io.modelgate.validation.pii.PiiKind;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Generates the tables of docs/validation.md from the code: constraints, personal-data kinds, drift methods. */
class ValidationDocumentationTest {
    @Test
    void shouldKeepTheConstraintTableInStepWithTheCode() throws IOException {
        var table = new StringBuilder("| check | schema key | level | default | meaning |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        for (ConstraintKind kind : ConstraintKind.values()) {
            table.append("| `")
                    .append(kind.prefix())
                    .append(":…` | `")
                    .append(kind.key())
                    .append("` | ")
                    .append(kind.level())
                    .append(" | ")
                    .append(kind.defaultValue())
                    .append(" | ")
                    .append(cell(kind.meaning()))
                    .append(" |\n");
        }

        GeneratedDocs.check("docs/validation.md", "constraints", table.toString());
    }

    @Test
    void shouldKeepThePersonalDataTableInStepWithTheCode() throws IOException {
        var table = new StringBuilder("| kind | what matches | checksum | shown as |\n| --- | --- | --- | --- |\n");
        for (PiiKind kind : PiiKind.values()) {
            table.append("| `")
                    .append(kind.label())
                    .append("` | ")
                    .append(cell(kind.rule()))
                    .append(" | ")
                    .append(cell(kind.checksum()))
                    .append(" | ")
                    .append(cell(kind.masking()))
                    .append(" |\n");
        }

        GeneratedDocs.check("docs/validation.md", "pii", table.toString());
    }

    @Test
    void shouldKeepTheDriftMethodTableInStepWithTheCode() throws IOException {
        var table = new StringBuilder("| method | Evidently name | effect size | default threshold | p-value from |"
                + " chosen for |\n| --- | --- | --- | ---: | --- | --- |\n");
        for (DriftMethod method : DriftMethod.values()) {
            table.append("| `")
                    .append(method.label())
                    .append("` | `")
                    .append(method.evidentlyName())
                    .append("` | ")
                    .append(cell(method.formula()))
                    .append(" | ")
                    .append(method.defaultThreshold())
                    .append(" | ")
                    .append(method.test())
                    .append(" | ")
                    .append(cell(method.chosenFor()))
                    .append(" |\n");
        }

        GeneratedDocs.check("docs/validation.md", "drift", table.toString());
    }

    /** A table cell: a pipe would end the cell, even inside a code span, so it is escaped. */
    private static String cell(final String text) {
        return text.replace("|", "\\|");
    }
}
