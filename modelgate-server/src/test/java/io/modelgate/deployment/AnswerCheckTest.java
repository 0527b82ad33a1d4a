package io.modelgate.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.scoring.Prediction;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldAcceptDifferencesWithinTheParityToleranceOnly() throws Exception {
        Map<String, Double> probabilities = new LinkedHashMap<>();
        probabilities.put("0", 0.25);
        probabilities.put("1", 0.75);
        var expected = new Prediction("1", Double.NaN, probabilities);
        var check = new AnswerCheck();

        assertThat(check.difference(
                        expected,
                        JSON.readTree("{\"label\":\"1\",\"probabilities\":{\"0\":0.25," + "\"1\":0.7500000001}}")))
                .isNull();
        assertThat(check.difference(
                        expected, JSON.readTree("{\"label\":\"1\",\"probabilities\":{\"0\":0.25," + "\"1\":0.7501}}")))
                .isEqualTo("probability(1) 0.7501, batch 0.75");
        assertThat(check.difference(expected, JSON.readTree("{\"label\":\"0\",\"probabilities\":{}}")))
                .isEqualTo("label 0, batch 1");
        assertThat(check.difference(new Prediction(null, 12.5, Map.of()), JSON.readTree("{\"value\":12.5}")))
                .isNull();
        assertThat(check.difference(new Prediction(null, 12.5, Map.of()), JSON.readTree("{\"value\":null}")))
                .isEqualTo("value null, batch 12.5");
        assertThat(check.difference(expected, null)).isEqualTo("no prediction in the answer");
    }
}
