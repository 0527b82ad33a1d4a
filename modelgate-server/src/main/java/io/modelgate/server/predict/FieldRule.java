package io.modelgate.server.predict;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelgate.scoring.ModelField;
import io.modelgate.server.http.ApiError;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How one input field of the model reads its JSON value: the JSON type its PMML data type needs (a number for
 * {@code double}/{@code float}, an integral number for {@code integer}, a string for {@code string}, a boolean for
 * {@code boolean}, a string for anything else such as dates), {@code null} as a missing value, and for a categorical
 * field one of its valid values.
 */
final class FieldRule {
    private static final int BAD_REQUEST = 400;

    private enum Kind {
        INTEGER("an integer"),
        NUMBER("a number"),
        STRING("a string"),
        BOOLEAN("a boolean (true or false)");

        private final String description;

        Kind(final String description) {
            this.description = description;
        }
    }

    private final String name;
    private final Kind kind;
    private final Set<String> categories;

    FieldRule(final ModelField field) {
        this.name = field.name();
        this.kind = switch (field.dataType()) {
            case "integer" -> Kind.INTEGER;
            case "float", "double" -> Kind.NUMBER;
            case "boolean" -> Kind.BOOLEAN;
            default -> Kind.STRING;
        };
        this.categories = new LinkedHashSet<>(field.categories());
    }

    String name() {
        return name;
    }

    /**
     * Reads the field's value from a record.
     *
     * @param value the JSON value, {@code null} when the record lacks the field
     * @param record the record's index, for the error
     * @return the value to score: Long, Double, String, Boolean or {@code null} for a missing value
     * @throws ApiError 400 when the field is missing, has the wrong JSON type or an unknown category
     */
    Object read(final JsonNode value, final int record) {
        if (value == null) {
            throw new ApiError(
                    BAD_REQUEST,
                    "missing_field",
                    "record " + record + ": the field '" + name + "' is missing (send null for a missing value)",
                    record,
                    name);
        }
        if (value.isNull()) {
            return null;
        }
        Object converted = convert(value);
        if (converted == null) {
            throw new ApiError(
                    BAD_REQUEST,
                    "wrong_type",
                    "record " + record + ": the field '" + name + "' must be " + kind.description + ", not "
                            + describe(value),
                    record,
                    name);
        }
        if (!categories.isEmpty() && !categories.contains(String.valueOf(converted))) {
            throw new ApiError(
                    BAD_REQUEST,
                    "unknown_category",
                    "record " + record + ": the field '" + name + "' has the unknown category " + value + "; valid: "
                            + String.join(", ", categories),
                    record,
                    name);
        }
        return converted;
    }

    private Object convert(final JsonNode value) {
        return switch (kind) {
            case INTEGER -> integer(value);
            case NUMBER -> value.isNumber() ? (Object) value.doubleValue() : null;
            case BOOLEAN -> value.isBoolean() ? (Object) value.booleanValue() : null;
            case STRING -> value.isTextual() ? value.textValue() : null;
        };
    }

    private static Object integer(final JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isFloatingPointNumber()) {
            double number = value.doubleValue();
            if (number == Math.rint(number) && Math.abs(number) < 0x1p53) {
                return (long) number;
            }
        }
        return null;
    }

    private static String describe(final JsonNode value) {
        String text = value.toString();
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + shown;
    }
}
