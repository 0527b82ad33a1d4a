package io.modelgate.scoring;

import java.util.List;

/**
 * One field of a model as its PMML declares it: name, PMML data type ({@code double}, {@code integer},
 * {@code string}, ...), operational type ({@code continuous}, {@code categorical}, {@code ordinal}) and, for
 * categorical fields, the valid values.
 *
 * @param name the field name
 * @param dataType the PMML data type
 * @param opType the PMML operational type
 * @param categories the valid values of a categorical field, empty otherwise
 */
public record ModelField(String name, String dataType, String opType, List<String> categories) {
    /**
     * Creates a field.
     *
     * @param name the field name
     * @param dataType the PMML data type
     * @param opType the PMML operational type
     * @param categories the valid values of a categorical field, empty otherwise
     */
    public ModelField {
        categories = List.copyOf(categories);
    }
}
