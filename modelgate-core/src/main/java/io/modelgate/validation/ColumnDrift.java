package io.modelgate.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelgate.drift.DriftMethod;

/**
 * A column's drift settings in the schema: the method to use instead of the automatic choice, and its threshold.
 *
 * @param method {@code psi}, {@code ks}, {@code chisquare}, {@code jensenshannon} or {@code wasserstein}; null for
 *     automatic
 * @param threshold the effect-size threshold of the method; null for the method's default
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ColumnDrift(String method, Double threshold) {
    /**
     * Checks the method's name and the threshold.
     *
     * @param method the method's name
     * @param threshold the threshold
     */
    public ColumnDrift {
        if (method != null) {
            DriftMethod.parse(method);
        }
        if (threshold != null && !(threshold >= 0)) {
            throw new IllegalArgumentException("drift threshold must be at least 0, not " + threshold);
        }
    }
}
