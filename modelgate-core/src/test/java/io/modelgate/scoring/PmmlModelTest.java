package io.modelgate.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.data.DataFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PmmlModelTest {
    @TempDir
    Path folder;

    @Test
    void shouldDescribeAHandWrittenRegression() throws IOException {
        PmmlModel model = PmmlModel.load(Fixtures.path(PmmlModelTest.class, "linear.pmml"));

        assertThat(model.function()).isEqualTo(ModelFunction.REGRESSION);
        assertThat(model.inputFields())
                .containsExactly(new ModelField("x", "double", "continuous", java.util.List.of()));
        assertThat(model.targetField().name()).isEqualTo("y");
        assertThat(model.isVerified()).isFalse();
        assertThat(model.score(Map.of("x", "3")).value()).isEqualTo(7.0);
        assertThat(model.score(Map.of("x", 0.5)).value()).isEqualTo(2.0);
    }

    @Test
    void shouldDescribeAClassifier() throws IOException {
        PmmlModel model = PmmlModel.load(Fixtures.sklearn("CreditGrade.pmml"));

        assertThat(model.classLabels()).containsExactly("A", "B", "C");
        assertThat(model.targetField().name()).isEqualTo("grade");
        assertThat(model.outputFields()).contains("probability(A)", "probability(B)", "probability(C)");
        assertThat(model.inputFields())
                .filteredOn(field -> field.name().equals("region"))
                .singleElement()
                .satisfies(field -> assertThat(field.categories()).containsExactly("north", "south", "east", "west"));
    }

    @Test
    void shouldRefuseAnExternalEntity() {
        Path file = Fixtures.path(PmmlModelTest.class, "xxe.pmml");

        assertThatThrownBy(() -> PmmlModel.load(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(file + ":")
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void shouldRefuseEntityExpansion() {
        Path file = Fixtures.path(PmmlModelTest.class, "billion-laughs.pmml");

        assertThatThrownBy(() -> PmmlModel.load(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void shouldNameTheLineOfMalformedXml() {
        Path file = Fixtures.path(PmmlModelTest.class, "malformed.pmml");

        assertThatThrownBy(() -> PmmlModel.load(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(file + ":4:")
                .hasMessageContaining("not well-formed");
    }

    @Test
    void shouldRefuseAModelThatContradictsItsVerificationRecords() throws IOException {
        String pmml = Files.readString(Fixtures.sklearn("CreditLimitLinear.pmml"));
        int cell = pmml.indexOf("<data:credit_limit>") + "<data:credit_limit>".length();
        Path tampered = folder.resolve("tampered.pmml");
        Files.writeString(tampered, pmml.substring(0, cell) + "1" + pmml.substring(cell), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PmmlModel.load(tampered))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(tampered.toString())
                .hasMessageContaining("verification");
    }

    @Test
    void shouldNameTheModelAfterItsPmmlModelName() throws IOException {
        String pmml = Files.readString(Fixtures.path(PmmlModelTest.class, "linear.pmml"));
        Path file = folder.resolve("named.pmml");
        Files.writeString(
                file, pmml.replace("functionName=\"regression\">", "functionName=\"regression\" modelName=\"limit\">"));

        assertThat(PmmlModel.load(file).name()).isEqualTo("limit");
        assertThat(PmmlModel.load(Fixtures.path(PmmlModelTest.class, "linear.pmml"))
                        .name())
                .isEqualTo("Regression");
    }

    @Test
    void shouldNameTheFieldOfAnInvalidValue() throws IOException {
        PmmlModel model = PmmlModel.load(Fixtures.path(PmmlModelTest.class, "linear.pmml"));

        assertThatThrownBy(() -> model.score(Map.of("x", "abc")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x")
                .hasMessageContaining("abc");
    }
}
