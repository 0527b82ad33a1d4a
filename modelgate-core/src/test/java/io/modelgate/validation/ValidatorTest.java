package io.modelgate.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.Fixtures;
import io.modelgate.data.CsvFormat;
import io.modelgate.data.DataFormatException;
import io.modelgate.data.DataPass;
import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorTest {
    private static final Path DATA = Fixtures.of(ValidatorTest.class, "people.csv");
    private static final Path SCHEMA = Fixtures.of(ValidatorTest.class, "people.yaml");

    @TempDir
    Path folder;

    @Test
    void shouldCheckEveryConstraintOfTheFixture() throws IOException {
        ValidationReport report = validate(SchemaReader.read(SCHEMA), DATA, ValidationOptions.DEFAULTS);

        assertThat(report.checks())
                .extracting(Check::name, Check::status)
                .contains(
                        tuple("type:id", GateStatus.PASSED),
                        tuple("unique:id", GateStatus.FAILED),
                        tuple("type:age", GateStatus.PASSED),
                        tuple("range:age", GateStatus.PASSED),
                        tuple("completeness:score", GateStatus.WARNING),
                        tuple("range:score", GateStatus.WARNING),
                        tuple("allowed:country", GateStatus.FAILED),
                        tuple("pattern:code", GateStatus.FAILED),
                        tuple("type:joined", GateStatus.FAILED),
                        tuple("range:joined", GateStatus.PASSED),
                        tuple("type:active", GateStatus.FAILED),
                        tuple("column:legacy", GateStatus.INACTIVE),
                        tuple("unexpected:note", GateStatus.NOTE),
                        tuple("rows", GateStatus.FAILED),
                        tuple("duplicates", GateStatus.ERROR));
        assertThat(report.status()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void shouldCountViolationsAndNameTheirLines() throws IOException {
        ValidationReport report = validate(SchemaReader.read(SCHEMA), DATA, ValidationOptions.DEFAULTS);

        Check range = report.check("range:age");
        assertThat(range.actual()).isEqualTo("2 of 9 values (22.22 %) do not");
        assertThat(range.examples()).extracting(Check.Example::line).containsExactly(3L, 9L);
        assertThat(report.check("type:age").examples()).containsExactly(new Check.Example(5, "abc"));
        assertThat(report.check("pattern:code").message())
                .isEqualTo("Column 'code': expected all values match /AB-[0-9]+/, but 1 of 10 values (10 %) do not;"
                        + " first at line 4.");
        assertThat(report.check("completeness:score").actual()).isEqualTo("90 % present (1 of 10 missing)");
        assertThat(report.check("unique:id").examples())
                .containsExactly(new Check.Example(6, "same as line 3"), new Check.Example(11, "same as line 7"));
        assertThat(report.check("duplicates").examples()).containsExactly(new Check.Example(11, "same as line 7"));
    }

    @Test
    void shouldGiveTheSameReportWhenItsWorkIsSplitOverThreads() throws IOException {
        Schema schema = SchemaReader.read(SCHEMA);
        ValidationReport whole = validate(schema, DATA, ValidationOptions.DEFAULTS);

        for (int parts = 1; parts <= 4; parts++) {
            try (var validator = new Validator(schema, DATA.toString(), ValidationOptions.DEFAULTS)) {
                new DataPass(DATA, CsvFormat.RFC_4180).run(validator.parts(parts));
                assertThat(validator.finish()).as(parts + " parts").isEqualTo(whole);
            }
        }
    }

    @Test
    void shouldApplyMostlyToTheRowsAConstraintAppliesTo() throws IOException {
        Schema strict = schema(Map.of("age", column("integer", "18", "100", null)));
        Schema lenient = schema(Map.of("age", column("integer", "18", "100", 0.75)));
        Schema tooStrict = schema(Map.of("age", column("integer", "18", "100", 0.8)));

        assertThat(validate(strict, DATA, ValidationOptions.DEFAULTS)
                        .check("range:age")
                        .status())
                .isEqualTo(GateStatus.FAILED);
        assertThat(validate(lenient, DATA, ValidationOptions.DEFAULTS)
                        .check("range:age")
                        .status())
                .isEqualTo(GateStatus.PASSED);
        assertThat(validate(tooStrict, DATA, ValidationOptions.DEFAULTS)
                        .check("range:age")
                        .status())
                .isEqualTo(GateStatus.FAILED);
    }

    @Test
    void shouldFindTheSameDuplicatesWhenTheyAreSpilledToDisk() throws IOException {
        Path file = folder.resolve("ids.csv");
        var csv = new StringBuilder("id\n");
        for (int i = 0; i < 5000; i++) {
            csv.append(i % 1000 == 999 ? i - 500 : i).append('\n');
        }
        Files.writeString(file, csv);
        Schema unique = schema(Map.of(
                "id",
                new ColumnSchema("integer", null, null, null, null, null, null, true, null, null, null, null, null)));

        Check inMemory = validate(unique, file, ValidationOptions.DEFAULTS).check("unique:id");
        Check spilled =
                validate(unique, file, new ValidationOptions(5, 64, 0.05)).check("unique:id");

        assertThat(spilled).isEqualTo(inMemory);
        assertThat(inMemory.actual()).isEqualTo("5 of 5000 values repeat an earlier value");
        assertThat(inMemory.examples()).first().isEqualTo(new Check.Example(1001, "same as line 501"));
    }

    @Test
    void shouldRefuseDataWithoutARequiredColumn() throws IOException {
        Schema needsIncome = schema(Map.of("income", column("double", null, null, null)));

        assertThatThrownBy(() -> validate(needsIncome, DATA, ValidationOptions.DEFAULTS))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(
                        DATA + ":1: column 'income' that the schema requires is missing from the header");
    }

    @Test
    void shouldMaskValuesOfColumnsThatHoldPersonalData() throws IOException {
        Path file = folder.resolve("mail.csv");
        Files.writeString(file, "email\nann@example.com\nnot-an-email\n");
        Schema schema = schema(Map.of(
                "email",
                new ColumnSchema(
                        "string",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "[^@]+@[^@]+",
                        null,
                        new PiiDeclaration("email", "consent"),
                        null,
                        null,
                        null,
                        null)));

        Check pattern = validate(schema, file, ValidationOptions.DEFAULTS).check("pattern:email");

        assertThat(pattern.status()).isEqualTo(GateStatus.FAILED);
        assertThat(pattern.examples()).extracting(Check.Example::value).doesNotContain("not-an-email");
    }

    @Test
    void shouldFailUndeclaredPersonalDataAndPassItDeclaredWithALegalBasis() throws IOException {
        Path file = folder.resolve("contacts.csv");
        var csv = new StringBuilder("id,contact\n");
        for (int i = 0; i < 50; i++) {
            csv.append(i).append(",person").append(i).append("@example.com\n");
        }
        Files.writeString(file, csv);
        var undeclared = new LinkedHashMap<String, ColumnSchema>();
        undeclared.put("id", column("integer", null, null, null));
        undeclared.put("contact", ColumnSchema.ofType("string"));
        var declared = new LinkedHashMap<>(undeclared);
        declared.put("contact", withPii("contact", "consent"));
        var badBasis = new LinkedHashMap<>(undeclared);
        badBasis.put("contact", withPii("contact", "because"));

        Check found =
                validate(schema(undeclared), file, ValidationOptions.DEFAULTS).check("pii:contact");
        Check allowed =
                validate(schema(declared), file, ValidationOptions.DEFAULTS).check("pii:contact");
        Check unlawful =
                validate(schema(badBasis), file, ValidationOptions.DEFAULTS).check("pii:contact");

        assertThat(found.status()).isEqualTo(GateStatus.FAILED);
        assertThat(found.message()).contains("contact").doesNotContain("person1@example.com");
        assertThat(found.examples()).extracting(Check.Example::line).containsExactly(2L, 3L, 4L);
        assertThat(allowed.status()).isEqualTo(GateStatus.PASSED);
        assertThat(unlawful.status()).isEqualTo(GateStatus.FAILED);
        assertThat(validate(schema(undeclared), file, ValidationOptions.DEFAULTS)
                        .check("pii:id")
                        .status())
                .isEqualTo(GateStatus.PASSED);
    }

    private static ColumnSchema withPii(final String name, final String basis) {
        return new ColumnSchema(
                "string",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new PiiDeclaration("email", basis),
                null,
                null,
                null,
                null);
    }

    @Test
    void shouldSummariseColumns() throws IOException {
        ValidationReport report = validate(SchemaReader.read(SCHEMA), DATA, ValidationOptions.DEFAULTS);

        ColumnSummary age = report.columns().stream()
                .filter(c -> c.name().equals("age"))
                .findFirst()
                .orElseThrow();
        assertThat(age.rows()).isEqualTo(10);
        assertThat(age.invalid()).isEqualTo(1);
        assertThat(age.min()).isEqualTo("17");
        assertThat(age.max()).isEqualTo("101");
        assertThat(age.mean()).isCloseTo(393.0 / 9, org.assertj.core.data.Offset.offset(1e-9));
        ColumnSummary country = report.columns().stream()
                .filter(c -> c.name().equals("country"))
                .findFirst()
                .orElseThrow();
        assertThat(country.distinct()).isEqualTo(4);
        assertThat(country.topValues()).first().isEqualTo(new ColumnSummary.ValueCount("de", 5));
    }

    private static org.assertj.core.groups.Tuple tuple(final Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static ColumnSchema column(final String type, final String min, final String max, final Double mostly) {
        return new ColumnSchema(type, null, null, min, max, null, null, null, null, null, mostly, null, null);
    }

    private static Schema schema(final Map<String, ColumnSchema> columns) {
        return new Schema(columns, new DatasetRules(null, "ignore", "ignore"), null);
    }

    static ValidationReport validate(final Schema schema, final Path file, final ValidationOptions options)
            throws IOException {
        try (var validator = new Validator(schema, file.toString(), options)) {
            new DataPass(file, CsvFormat.RFC_4180).run(List.of(validator));
            return validator.finish();
        }
    }
}
