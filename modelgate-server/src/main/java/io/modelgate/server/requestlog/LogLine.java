package io.modelgate.server.requestlog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.modelgate.scoring.Prediction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * Renders a {@link RequestLogEntry} as one JSON line in the layout the monitoring reader expects
 * ({@code io.modelgate.monitoring.RequestLogFormat}): {@code timestamp, requestId, model, version, inputs{field:
 * value}, outputs{label, probabilities{class: p}} (a regression: outputs{value}), latencyMicros}, the same shape as
 * the predict answer.
 */
final class LogLine {
    private static final JsonFactory JSON = new JsonFactory();

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);

    /**
     * Renders one entry; the returned array is reused by the next call.
     *
     * @param entry the entry
     * @return the line, ending with a newline
     * @throws IOException never in practice: the target is memory
     */
    byte[] render(final RequestLogEntry entry) throws IOException {
        buffer.reset();
        try (JsonGenerator json = JSON.createGenerator(buffer)) {
            json.writeStartObject();
            json.writeStringField("timestamp", entry.timestamp().toString());
            json.writeStringField("requestId", entry.requestId());
            json.writeStringField("model", entry.model());
            json.writeStringField("version", entry.version());
            json.writeObjectFieldStart("inputs");
            for (Map.Entry<String, Object> input : entry.inputs().entrySet()) {
                json.writeFieldName(input.getKey());
                writeValue(json, input.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("outputs");
            writeOutputs(json, entry.prediction());
            json.writeEndObject();
            json.writeNumberField("latencyMicros", entry.latencyMicros());
            json.writeEndObject();
        }
        buffer.write('\n');
        return buffer.toByteArray();
    }

    private static void writeOutputs(final JsonGenerator json, final Prediction prediction) throws IOException {
        if (prediction.label() == null) {
            // A regression, or a classification without a result: the reader takes both as a missing value.
            json.writeFieldName("value");
            writeNumber(json, prediction.value());
            return;
        }
        json.writeStringField("label", prediction.label());
        json.writeObjectFieldStart("probabilities");
        for (Map.Entry<String, Double> probability : prediction.probabilities().entrySet()) {
            json.writeFieldName(probability.getKey());
            writeNumber(json, probability.getValue());
        }
        json.writeEndObject();
    }

    private static void writeValue(final JsonGenerator json, final Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Double number) {
            writeNumber(json, number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else {
            json.writeString(value.toString());
        }
    }

    private static void writeNumber(final JsonGenerator json, final double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumber(value);
        } else {
            json.writeNull();
        }
    }
}
