package io.modelgate.validation;

import io.modelgate.GeneratedDocs;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Generates the constraint table of docs/validation.md from {@link ConstraintKind}. */
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
                    .append(kind.meaning())
                    .append(" |\n");
        }

        GeneratedDocs.check("docs/validation.md", "constraints", table.toString());
    }
}
