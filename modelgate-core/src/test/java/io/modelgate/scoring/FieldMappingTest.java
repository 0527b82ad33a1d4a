package io.modelgate.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.data.DataFormatException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldMappingTest {
    @Test
    void shouldMapColumnsByNameAndReportTheOthers() throws IOException {
        PmmlModel model = PmmlModel.load(Fixtures.sklearn("CreditXgboost.pmml"));

        FieldMapping mapping = FieldMapping.of(
                model, List.of("id", "employment_years", "region", "income", "age", "debt_ratio"), "data.csv");

        assertThat(mapping.inputs()).containsExactly("age", "income", "debt_ratio", "employment_years");
        assertThat(new int[] {mapping.column(0), mapping.column(1), mapping.column(2), mapping.column(3)})
                .containsExactly(4, 3, 5, 1);
        assertThat(mapping.ignoredColumns()).containsExactly("id", "region");
    }

    @Test
    void shouldNameEveryMissingInputColumn() throws IOException {
        PmmlModel model = PmmlModel.load(Fixtures.sklearn("CreditLogistic.pmml"));

        assertThatThrownBy(() -> FieldMapping.of(model, List.of("age", "Income", "region"), "data.csv"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith("data.csv:1: ")
                .hasMessageContaining("income, debt_ratio, employment_years");
    }
}
