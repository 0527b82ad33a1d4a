package io.modelgate.server.predict;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelgate.server.http.ApiError;
import io.modelgate.server.model.ServedModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The input schema of one served model as the predict endpoint checks it: one {@link FieldRule} per input field,
 * in the model's order. Fields a record has beyond the model's inputs are ignored.
 */
final class RecordSchema {
    private final ServedModel model;
    private final List<FieldRule> fields;
    private final List<String> names;

    private RecordSchema(final ServedModel model) {
        this.model = model;
        this.fields = model.model().inputFields().stream().map(FieldRule::new).toList();
        this.names = fields.stream().map(FieldRule::name).toList();
    }

    static RecordSchema of(final ServedModel model) {
        return new RecordSchema(model);
    }

    boolean isFor(final ServedModel served) {
        return model == served;
    }

    /**
     * Reads one record.
     *
     * @param instance the JSON record
     * @param record its index in the batch
     * @return the values to score by field name, in the model's field order
     * @throws ApiError 400 when the record is not an object or a field is missing, mistyped or an unknown category
     */
    Map<String, Object> read(final JsonNode instance, final int record) {
        if (!instance.isObject()) {
            throw new ApiError(
                    400,
                    "not_an_object",
                    "record " + record + " must be a JSON object of field values, not "
                            + instance.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
                    record,
                    null);
        }
        Map<String, Object> values = new LinkedHashMap<>(fields.size() * 2);
        for (FieldRule field : fields) {
            values.put(field.name(), field.read(instance.get(field.name()), record));
        }
        return values;
    }

    /** @return the input field names in the model's order */
    List<String> names() {
        return names;
    }
}
