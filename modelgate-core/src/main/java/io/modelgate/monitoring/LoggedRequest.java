package io.modelgate.monitoring;

import java.util.Map;

/**
 * One request as the scoring service logs it, for writing logs ({@link RequestLogWriter}): the sample generator and
 * tests use it; the service has a writer of its own that follows {@link RequestLogFormat}.
 *
 * @param timestamp when the service answered, epoch milliseconds UTC
 * @param requestId the request's id
 * @param model the model's name
 * @param version the model's version
 * @param inputs the input values by field: strings, numbers, booleans or {@code null}
 * @param label the predicted class, or {@code null} for a regression
 * @param probabilities the probability of each class, empty for a regression
 * @param value the predicted number of a regression, NaN for a classifier
 * @param latencyMicros the latency, −1 when unknown
 */
public record LoggedRequest(
        long timestamp,
        String requestId,
        String model,
        String version,
        Map<String, ?> inputs,
        String label,
        Map<String, Double> probabilities,
        double value,
        long latencyMicros) {}
