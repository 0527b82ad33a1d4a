package io.modelgate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.data.CsvReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiled engine against jpmml, the reference, on every fixture model (logistic regression, multinomial logistic
 * regression, decision tree, random forest, gradient boosting, XGBoost, linear regression, regression tree) and the
 * whole fixture holdout: every class probability and value within jpmml's verification tolerance, every predicted
 * class equal.
 */
class CompiledModelTest {
    static Stream<String> models() {
        return Stream.concat(Fixtures.CLASSIFIERS.stream(), Fixtures.REGRESSORS.stream());
    }

    @ParameterizedTest
    @MethodSource("models")
    void shouldScoreEveryHoldoutRowAsJpmmlDoes(final String name) throws Exception {
        PmmlModel model = PmmlModel.load(Fixtures.sklearn(name + ".pmml"));
        CompiledModel compiled = ModelCompiler.compile(model);
        Path holdout = Fixtures.holdout();
        RowChunk chunk;
        int[] columns;
        List<String> header;
        try (CsvReader reader = CsvReader.open(holdout)) {
            header = reader.header();
            columns = ModelScorer.columns(FieldMapping.of(model, header, holdout.toString()));
            chunk = RowChunk.read(reader, 1000);
        }
        SlotBatch batch = compiled.encode(chunk, columns);
        int width = compiled.width();
        double[] values = new double[chunk.size() * width];
        int[] labels = new int[chunk.size()];
        compiled.score(batch, values, labels);

        assertThat(chunk.size()).isEqualTo(300);
        Agreement agreement = new Agreement();
        for (int row = 0; row < chunk.size(); row++) {
            Prediction jpmml = model.score(arguments(header, chunk.values(row)));
            assertThat(batch.delegated[row]).as("row %d is compiled", row).isFalse();
            if (model.classLabels().isEmpty()) {
                assertThat(agreement.agrees(jpmml.value(), values[row]))
                        .as("row %d: jpmml %s, compiled %s", row, jpmml.value(), values[row])
                        .isTrue();
                continue;
            }
            for (int k = 0; k < width; k++) {
                double expected = jpmml.probability(model.classLabels().get(k));
                assertThat(agreement.agrees(expected, values[row * width + k]))
                        .as("row %d class %d: jpmml %s, compiled %s", row, k, expected, values[row * width + k])
                        .isTrue();
            }
            assertThat(model.classLabels().get(labels[row])).as("row %d", row).isEqualTo(jpmml.label());
        }
    }

    static Map<String, Object> arguments(final List<String> header, final String[] values) {
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            arguments.put(header.get(i), values[i].isBlank() ? null : values[i]);
        }
        return arguments;
    }
}
