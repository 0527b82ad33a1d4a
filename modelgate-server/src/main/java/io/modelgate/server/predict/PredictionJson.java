package io.modelgate.server.predict;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.modelgate.scoring.ModelFunction;
import io.modelgate.scoring.Prediction;
import io.modelgate.server.model.ServedModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes the answer of a predict request: {@code {"model", "version", "requestId", "predictions": [...]}} for a
 * batch or {@code "prediction": {...}} for one {@code instance}. A classification is {@code {"label": "1",
 * "probabilities": {"0": 0.3, "1": 0.7}}} (classes in the model's order), a regression {@code {"value": 1234.5}};
 * a missing result has a {@code null} label or value.
 */
final class PredictionJson {
    private static final JsonFactory JSON = new JsonFactory();

    private PredictionJson() {}

    static byte[] write(
            final ServedModel model, final String requestId, final boolean single, final List<Prediction> predictions) {
        boolean classification = model.model().function() == ModelFunction.CLASSIFICATION;
        var bytes = new ByteArrayOutputStream(64 + 96 * predictions.size());
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("model", model.name());
            json.writeStringField("version", model.version());
            json.writeStringField("requestId", requestId);
            if (single) {
                json.writeFieldName("prediction");
                write(json, predictions.get(0), classification);
            } else {
                json.writeArrayFieldStart("predictions");
                for (Prediction prediction : predictions) {
                    write(json, prediction, classification);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return bytes.toByteArray();
    }

    private static void write(final JsonGenerator json, final Prediction prediction, final boolean classification)
            throws IOException {
        json.writeStartObject();
        if (!classification) {
            json.writeFieldName("value");
            number(json, prediction.value());
        } else {
            json.writeStringField("label", prediction.label());
            json.writeObjectFieldStart("probabilities");
            for (Map.Entry<String, Double> probability :
                    prediction.probabilities().entrySet()) {
                json.writeFieldName(probability.getKey());
                number(json, probability.getValue());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void number(final JsonGenerator json, final double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumber(value);
        } else {
            json.writeNull();
        }
    }
}
