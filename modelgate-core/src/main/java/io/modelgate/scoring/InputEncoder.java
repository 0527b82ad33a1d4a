package io.modelgate.scoring;

import io.modelgate.data.Values;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the raw CSV fields of a model's input fields into the first value slots of the compiled engine: numbers
 * parsed once as {@link PlainNumber plain literals} of the field's type, categories as their index in the field's
 * category list. A missing value, a value outside a closed category list or anything that is not a plain literal
 * makes the row jpmml's, so that jpmml's own missing- and invalid-value treatments apply unchanged.
 */
final class InputEncoder {
    private final SlotType[] types;
    private final List<Map<String, Integer>> categories;
    private final boolean[] closed;

    /**
     * @param types the slot type of every input field, in the model's input order
     * @param categories per input field, the index of every known category, or {@code null} for a number
     * @param closed per input field, whether values outside its categories are invalid (the field lists them)
     */
    InputEncoder(final SlotType[] types, final List<Map<String, Integer>> categories, final boolean[] closed) {
        this.types = types.clone();
        this.categories =
                List.copyOf(categories.stream().map(InputEncoder::orEmpty).toList());
        this.closed = closed.clone();
    }

    private static Map<String, Integer> orEmpty(final Map<String, Integer> map) {
        return map == null ? Map.of() : Map.copyOf(map);
    }

    int size() {
        return types.length;
    }

    /**
     * Encodes one row.
     *
     * @param values the row's fields
     * @param columns the column of every input field
     * @param slots where to write
     * @param base the row's first slot
     * @return false when jpmml must score the row
     */
    boolean encode(final String[] values, final int[] columns, final double[] slots, final int base) {
        for (int i = 0; i < types.length; i++) {
            String value = values[columns[i]];
            if (value == null || Values.isMissing(value)) {
                return false;
            }
            double encoded;
            if (types[i] == SlotType.CATEGORY) {
                Integer index = categories.get(i).get(value);
                if (index == null && closed[i]) {
                    return false;
                }
                encoded = index == null ? -1 : index;
            } else {
                encoded = PlainNumber.parse(value, types[i]);
                if (Double.isNaN(encoded)) {
                    return false;
                }
            }
            slots[base + i] = encoded;
        }
        return true;
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof InputEncoder that
                && Arrays.equals(types, that.types)
                && categories.equals(that.categories)
                && Arrays.equals(closed, that.closed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(types), categories, Arrays.hashCode(closed));
    }
}
