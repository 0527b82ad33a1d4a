package io.modelgate.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.Fixtures;
import io.modelgate.data.ColumnType;
import io.modelgate.data.DataFormatException;
import io.modelgate.report.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaReaderTest {
    @TempDir
    Path folder;

    @Test
    void shouldReadJsonWithEveryPart() throws IOException {
        Schema schema = SchemaReader.read(fixture("valid.json"));

        ColumnSchema age = schema.columns().get("age");
        assertThat(age.columnType()).isEqualTo(ColumnType.INTEGER);
        assertThat(age.lowerBound()).isEqualTo(18);
        assertThat(age.mostlyShare()).isEqualTo(0.99);
        assertThat(age.violationStatus()).isEqualTo(GateStatus.WARNING);
        assertThat(schema.columns().get("email").pii()).isEqualTo(new PiiDeclaration("email", "consent"));
        assertThat(schema.dataset().unexpectedColumnStatus()).isNull();
        assertThat(schema.dataset().duplicateRowStatus()).isEqualTo(GateStatus.WARNING);
        assertThat(schema.drift().correction()).isEqualTo("bonferroni");
    }

    @Test
    void shouldNameLineAndColumnOfAnUnknownKey() {
        Path file = fixture("unknown-key.yaml");

        assertThatThrownBy(() -> SchemaReader.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(file + ":2:")
                .hasMessageContaining("unknown key 'minimum'")
                .hasMessageContaining("known keys here: allowed, completeness");
    }

    @Test
    void shouldNameTheKeyOfAValueOfTheWrongType() {
        Path file = fixture("wrong-type.yaml");

        assertThatThrownBy(() -> SchemaReader.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(file + ":4:")
                .hasMessageContaining("columns.age.completeness");
    }

    @Test
    void shouldRejectInconsistentConstraints() {
        Path pattern = fixture("bad-pattern.yaml");
        Path date = fixture("min-not-a-date.yaml");

        assertThatThrownBy(() -> SchemaReader.read(pattern))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("pattern is not a valid regular expression");
        assertThatThrownBy(() -> SchemaReader.read(date))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("min 'last year' is not date");
    }

    @Test
    void shouldRejectMalformedYamlAndEmptyFiles() throws IOException {
        Path broken = fixture("not-yaml.yaml");
        Path empty = folder.resolve("empty.yaml");
        Files.writeString(empty, "");

        assertThatThrownBy(() -> SchemaReader.read(broken))
                .isInstanceOf(DataFormatException.class)
                .hasMessageMatching(".*not-yaml.yaml:\\d+:\\d+: not valid YAML.*");
        assertThatThrownBy(() -> SchemaReader.read(empty)).hasMessage(empty + ": the schema file is empty");
    }

    @Test
    void shouldRejectUnknownTypesAndSeverities() throws IOException {
        Path type = folder.resolve("type.yaml");
        Files.writeString(type, "columns:\n  a: {type: decimal128}\n");
        Path severity = folder.resolve("severity.yaml");
        Files.writeString(severity, "columns:\n  a: {type: string, severity: passed}\n");

        assertThatThrownBy(() -> SchemaReader.read(type)).hasMessageContaining("Unknown column type 'decimal128'");
        assertThatThrownBy(() -> SchemaReader.read(severity))
                .hasMessageContaining("severity must be one of failed, error, warning, note");
    }

    private static Path fixture(final String name) {
        return Fixtures.of(SchemaReaderTest.class, name);
    }
}
