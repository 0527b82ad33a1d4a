package io.modelgate.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelgate.data.DataFormatException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The value of the watched metric when the model was released, and where it came from: the candidate's value in the
 * comparison evidence of its release (the holdout it was judged on), or a value given by hand.
 *
 * @param metric the metric
 * @param value its value at release
 * @param source where the value came from, for the report
 */
public record Baseline(MonitoredMetric metric, double value, String source) {
    /**
     * Reads the baseline from comparison evidence.
     *
     * @param file the evidence file, for messages
     * @param evidence its JSON tree
     * @param metric the metric to find
     * @return the candidate's value of the metric
     * @throws DataFormatException when the file is not comparison evidence or lacks the metric
     */
    public static Baseline fromComparison(final Path file, final JsonNode evidence, final MonitoredMetric metric) {
        if (!"comparison".equals(evidence.path("kind").asText())) {
            throw new DataFormatException(
                    file,
                    0,
                    0,
                    "is not comparison evidence (kind '" + evidence.path("kind").asText() + "')");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode row : evidence.path("comparison").path("metrics")) {
            String name = row.path("name").asText();
            names.add(name);
            if (metric.key().equals(name)) {
                JsonNode candidate = row.path("candidate");
                if (!candidate.isNumber()) {
                    throw new DataFormatException(file, 0, 0, "metric '" + name + "' has no candidate value");
                }
                return new Baseline(
                        metric,
                        candidate.asDouble(),
                        "candidate's " + name + " in " + file + " ("
                                + evidence.path("comparison").path("rows").asLong() + " holdout rows)");
            }
        }
        throw new DataFormatException(
                file, 0, 0, "has no metric '" + metric.key() + "'; it has " + String.join(", ", names));
    }

    /**
     * Uses a value given by hand.
     *
     * @param metric the metric
     * @param value its value at release
     * @return the baseline
     */
    public static Baseline of(final MonitoredMetric metric, final double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A baseline must be a finite number, got " + value);
        }
        return new Baseline(metric, value, "given value");
    }
}
