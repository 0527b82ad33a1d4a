package io.modelgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the lists that report sections hold in evidence JSON: labels and numbers, tolerating absent fields. */
final class JsonValues {
    private JsonValues() {}

    /**
     * Reads an array of labels; absent or non-array nodes give an empty list.
     *
     * @param array the node
     * @return each element as text
     */
    static List<String> texts(final JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(element -> texts.add(element.isTextual() ? element.textValue() : Numbers.of(element)));
        }
        return texts;
    }

    /**
     * Reads an array of numbers; non-numeric elements become NaN and absent arrays an empty list.
     *
     * @param array the node
     * @return each element as a double
     */
    static List<Double> numbers(final JsonNode array) {
        List<Double> numbers = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(element -> numbers.add(element.isNumber() ? element.doubleValue() : Double.NaN));
        }
        return numbers;
    }

    /**
     * Reads a number field.
     *
     * @param node the object
     * @param field the field's name
     * @param otherwise the value when the field is absent or not a number
     * @return the value
     */
    static double number(final JsonNode node, final String field, final double otherwise) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.doubleValue() : otherwise;
    }

    /**
     * Reads a text field.
     *
     * @param node the object
     * @param field the field's name
     * @return the text, empty when absent
     */
    static String text(final JsonNode node, final String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : Numbers.of(value);
    }
}
