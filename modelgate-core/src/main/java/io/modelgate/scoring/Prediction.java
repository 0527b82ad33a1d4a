package io.modelgate.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a model predicts for one row: for classification the label and the probability of every class, for
 * regression the value.
 *
 * @param label the predicted class, or {@code null} for regression and for a missing result
 * @param value the predicted number of a regression, {@link Double#NaN} for classification or a missing result
 * @param probabilities the probability of each class, in the model's class order; empty for regression
 */
public record Prediction(String label, double value, Map<String, Double> probabilities) {
    /**
     * Creates a prediction.
     *
     * @param label the predicted class, or {@code null}
     * @param value the predicted number, or {@link Double#NaN}
     * @param probabilities the probability of each class, in class order
     */
    public Prediction {
        probabilities = Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
    }

    /**
     * Returns the probability of one class.
     *
     * @param label the class
     * @return its probability, or {@link Double#NaN} when the model gave none
     */
    public double probability(final String label) {
        return probabilities.getOrDefault(label, Double.NaN);
    }
}
