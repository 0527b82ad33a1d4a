package io.modelgate.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.data.ColumnType;
import io.modelgate.data.CsvFormat;
import io.modelgate.data.DataPass;
import io.modelgate.report.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaInferenceTest {
    @TempDir
    Path folder;

    @Test
    void shouldInferTypesRangesCategoriesAndIds() throws IOException {
        Path data = sample();

        Schema schema = infer(data);

        assertThat(schema.columns().get("customer_id").columnType()).isEqualTo(ColumnType.INTEGER);
        assertThat(schema.columns().get("customer_id").isUnique()).isTrue();
        assertThat(schema.columns().get("income").columnType()).isEqualTo(ColumnType.DOUBLE);
        assertThat(schema.columns().get("income").completeness()).isEqualTo(0.98);
        assertThat(schema.columns().get("region").allowed()).containsExactly("east", "north", "south");
        assertThat(schema.columns().get("day").columnType()).isEqualTo(ColumnType.DATE);
        assertThat(schema.columns().get("flag").columnType()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(schema.columns().get("text").allowed()).isNull();
    }

    @Test
    void shouldWriteASchemaTheDataItCameFromPasses() throws IOException {
        Path data = sample();

        ValidationReport report = ValidatorTest.validate(infer(data), data, ValidationOptions.DEFAULTS);

        assertThat(report.status()).isEqualTo(GateStatus.PASSED);
    }

    private Schema infer(final Path data) throws IOException {
        Path schemaFile = folder.resolve("inferred.yaml");
        try (var inference = new SchemaInference(ValidationOptions.DEFAULTS)) {
            new DataPass(data, CsvFormat.RFC_4180).run(List.of(inference));
            Files.writeString(schemaFile, inference.toYaml(data.toString()));
        }
        return SchemaReader.read(schemaFile);
    }

    private Path sample() throws IOException {
        Path data = folder.resolve("sample.csv");
        var csv = new StringBuilder("customer_id,income,region,day,flag,text\n");
        String[] regions = {"north", "south", "east"};
        for (int i = 0; i < 100; i++) {
            String income = i % 50 == 7 ? "" : String.valueOf(1000.5 + i);
            csv.append(i + 1)
                    .append(',')
                    .append(income)
                    .append(',')
                    .append(regions[i % 3])
                    .append(',')
                    .append("2026-01-")
                    .append(String.format("%02d", i % 28 + 1))
                    .append(',')
                    .append(i % 2 == 0 ? "true" : "FALSE")
                    .append(',')
                    .append("note \"")
                    .append(i)
                    .append("\"\n");
        }
        Files.writeString(data, csv.toString().replace("note \"", "note ").replace("\"\n", "\n"));
        return data;
    }
}
