package io.modelgate.validation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A column's drift settings in the schema: the method to use instead of the automatic choice, and its threshold.
 *
 * @param method {@code psi}, {@code ks}, {@code chisquare}, {@code jensenshannon} or {@code wasserstein}; null for
 *     automatic
 * @param threshold the effect-size threshold of the method; null for the method's default
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ColumnDrift(String method, Double threshold) {}
