package io.modelgate.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelgate.risk.ParityCheck;
import io.modelgate.scoring.Prediction;
import java.util.Map;

/**
 * Compares one prediction of the service with the batch scorer's: the same label, and every probability (or the
 * regression value) equivalent under the parity check's tolerance (JPMML's: relative 1e-6, zero threshold 1e-16).
 */
final class AnswerCheck {
    private final ParityCheck tolerance = ParityCheck.withDefaults();

    /**
     * Compares.
     *
     * @param expected the batch scorer's prediction
     * @param answer the service's prediction object
     * @return {@code null} when they agree, else what differs
     */
    String difference(final Prediction expected, final JsonNode answer) {
        if (answer == null || !answer.isObject()) {
            return "no prediction in the answer";
        }
        if (expected.label() == null && expected.probabilities().isEmpty()) {
            return same(expected.value(), answer.get("value"))
                    ? null
                    : "value " + answer.get("value") + ", batch " + expected.value();
        }
        JsonNode label = answer.get("label");
        String served = label == null || label.isNull() ? null : label.asText();
        if (expected.label() == null ? served != null : !expected.label().equals(served)) {
            return "label " + served + ", batch " + expected.label();
        }
        for (Map.Entry<String, Double> probability : expected.probabilities().entrySet()) {
            JsonNode value = answer.path("probabilities").get(probability.getKey());
            if (!same(probability.getValue(), value)) {
                return "probability(" + probability.getKey() + ") " + value + ", batch " + probability.getValue();
            }
        }
        return null;
    }

    private boolean same(final double expected, final JsonNode actual) {
        if (Double.isNaN(expected)) {
            return actual == null || actual.isNull();
        }
        return actual != null && actual.isNumber() && tolerance.equivalent(expected, actual.doubleValue());
    }
}
