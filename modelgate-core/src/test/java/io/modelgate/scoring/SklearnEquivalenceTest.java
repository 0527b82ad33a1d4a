package io.modelgate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jpmml.evaluator.Evaluator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores the holdout with every fixture model and compares with the predictions scikit-learn (or XGBoost) made on
 * the same rows (tools/fixtures/credit_models.py), within JPMML's verification tolerance.
 */
class SklearnEquivalenceTest {
    static Stream<String> classifiers() {
        return Fixtures.CLASSIFIERS.stream();
    }

    static Stream<String> regressors() {
        return Fixtures.REGRESSORS.stream();
    }

    static Stream<String> models() {
        return Stream.concat(classifiers(), regressors());
    }

    @ParameterizedTest
    @MethodSource("models")
    void shouldLoadAndVerifyEveryFixture(final String name) throws IOException {
        PmmlModel model = PmmlModel.load(Fixtures.sklearn(name + ".pmml"));

        assertThat(model.isVerified()).isTrue();
        assertThat(model.hash()).hasSize(64);
        assertThat(model.inputFields())
                .extracting(ModelField::name)
                .contains("age", "income", "debt_ratio", "employment_years");
    }

    @ParameterizedTest
    @MethodSource("classifiers")
    void shouldReproduceTheProbabilitiesOfTheTrainingLibrary(final String name) throws IOException {
        PmmlModel model = PmmlModel.load(Fixtures.sklearn(name + ".pmml"));
        List<Map<String, String>> holdout = Fixtures.read(Fixtures.holdout());
        List<Map<String, String>> expected = Fixtures.read(Fixtures.sklearn(name + "-expected.csv"));
        String target = model.targetField().name();

        assertThat(model.function()).isEqualTo(ModelFunction.CLASSIFICATION);
        assertThat(holdout).hasSameSizeAs(expected);
        for (int i = 0; i < holdout.size(); i++) {
            Prediction prediction = model.score(holdout.get(i));
            assertThat(prediction.label())
                    .as("row %d", i)
                    .isEqualTo(expected.get(i).get(target));
            for (String label : model.classLabels()) {
                double want = Double.parseDouble(expected.get(i).get("probability(" + label + ")"));
                assertThat(Fixtures.isClose(want, prediction.probability(label)))
                        .as("row %d, class %s: expected %s, got %s", i, label, want, prediction.probability(label))
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("regressors")
    void shouldReproduceTheValuesOfTheTrainingLibrary(final String name) throws IOException {
        PmmlModel model = PmmlModel.load(Fixtures.sklearn(name + ".pmml"));
        List<Map<String, String>> holdout = Fixtures.read(Fixtures.holdout());
        List<Map<String, String>> expected = Fixtures.read(Fixtures.sklearn(name + "-expected.csv"));

        assertThat(model.function()).isEqualTo(ModelFunction.REGRESSION);
        assertThat(model.classLabels()).isEmpty();
        for (int i = 0; i < holdout.size(); i++) {
            double want = Double.parseDouble(expected.get(i).get("credit_limit"));
            double got = model.score(holdout.get(i)).value();
            assertThat(Fixtures.isClose(want, got))
                    .as("row %d: expected %s, got %s", i, want, got)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void shouldScoreTheSameAfterJavaSerializationOfTheEvaluator(final String name) throws Exception {
        PmmlModel model = PmmlModel.load(Fixtures.sklearn(name + ".pmml"));
        PmmlModel copy = new PmmlModel(model.file(), roundTrip(model.evaluator()), model.hash());
        List<Map<String, String>> holdout = Fixtures.read(Fixtures.holdout());

        for (Map<String, String> row : holdout.subList(0, 50)) {
            assertThat(copy.score(row)).isEqualTo(model.score(row));
        }
    }

    private static Evaluator roundTrip(final Evaluator evaluator) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(evaluator);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Evaluator) in.readObject();
        }
    }
}
