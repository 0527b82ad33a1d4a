package io.modelgate.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares every metric with scikit-learn's value on the same predictions: the fixture models' predictions on the
 * holdout and hand-made edge cases, computed by tools/fixtures/metrics_cases.py.
 */
class SklearnMetricsTest {
    private static final double TOLERANCE = 1e-12;

    static Stream<JsonNode> cases() throws IOException {
        try (InputStream in =
                SklearnMetricsTest.class.getResourceAsStream("/fixtures/metrics/SklearnMetricsTest/cases.json")) {
            List<JsonNode> cases = new ArrayList<>();
            new ObjectMapper().readTree(in).get("cases").forEach(cases::add);
            return cases.stream();
        }
    }

    static Stream<JsonNode> classificationCases() throws IOException {
        return cases().filter(node -> node.get("type").asText().equals("classification"));
    }

    static Stream<JsonNode> regressionCases() throws IOException {
        return cases().filter(node -> node.get("type").asText().equals("regression"));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("classificationCases")
    void shouldEqualScikitLearnOnClassification(final JsonNode testCase) {
        int[] actual = ints(testCase.get("actual"));
        int[] predicted = ints(testCase.get("predicted"));
        double[][] probabilities = matrix(testCase.get("probabilities"));
        JsonNode expected = testCase.get("expected");

        Map<Metric, Double> values = Metrics.classification(actual, predicted, probabilities);

        assertThat(values).hasSize(probabilities[0].length == 2 ? 16 : 13);
        values.forEach((metric, value) -> assertClose(testCase, metric.key(), value, expected.get(metric.key())));
        ConfusionMatrix matrix = ConfusionMatrix.of(actual, predicted, probabilities[0].length);
        for (int k = 0; k < matrix.classes(); k++) {
            assertClose(
                    testCase,
                    "precision " + k,
                    matrix.precision(k),
                    expected.get("precision_per_class").get(k));
            assertClose(
                    testCase,
                    "recall " + k,
                    matrix.recall(k),
                    expected.get("recall_per_class").get(k));
            assertClose(
                    testCase,
                    "f1 " + k,
                    matrix.f1(k),
                    expected.get("f1_per_class").get(k));
        }
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("regressionCases")
    void shouldEqualScikitLearnOnRegression(final JsonNode testCase) {
        double[] actual = doubles(testCase.get("actual"));
        double[] predicted = doubles(testCase.get("predicted"));

        Map<Metric, Double> values = Metrics.regression(actual, predicted);

        assertThat(values).hasSize(5);
        values.forEach((metric, value) -> assertClose(
                testCase, metric.key(), value, testCase.get("expected").get(metric.key())));
    }

    private static void assertClose(
            final JsonNode testCase, final String name, final double value, final JsonNode want) {
        assertThat(want)
                .as("%s: scikit-learn value of %s", testCase.get("name"), name)
                .isNotNull();
        double expected = want.asDouble();
        assertThat(value)
                .as("%s: %s", testCase.get("name").asText(), name)
                .isCloseTo(expected, within(TOLERANCE * Math.max(1, Math.abs(expected))));
    }

    private static int[] ints(final JsonNode node) {
        int[] values = new int[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = node.get(i).asInt();
        }
        return values;
    }

    private static double[] doubles(final JsonNode node) {
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = node.get(i).asDouble();
        }
        return values;
    }

    private static double[][] matrix(final JsonNode node) {
        double[][] values = new double[node.size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = doubles(node.get(i));
        }
        return values;
    }
}
