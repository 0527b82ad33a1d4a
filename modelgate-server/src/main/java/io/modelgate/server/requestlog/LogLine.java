package io.modelgate.server.requestlog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.modelgate.monitoring.RequestLogFormat;
import io.modelgate.scoring.Prediction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * Renders a {@link RequestLogEntry} as one JSON line in the layout the monitoring reader expects
 * ({@link RequestLogFormat}, whose names it uses): {@code timestamp, requestId, model, version, inputs{field:
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
            json.writeStringField(RequestLogFormat.TIMESTAMP, entry.timestamp().toString());
            json.writeStringField(RequestLogFormat.REQUEST_ID, entry.requestId());
            json.writeStringField(RequestLogFormat.MODEL, entry.model());
            json.writeStringField(RequestLogFormat.VERSION, entry.version());
            json.writeObjectFieldStart(RequestLogFormat.INPUTS);
            for (Map.Entry<String, Object> input : entry.inputs().entrySet()) {
                json.writeFieldName(input.getKey());
                writeValue(json, input.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart(RequestLogFormat.OUTPUTS);
            writeOutputs(json, entry.prediction());
            json.writeEndObject();
            json.writeNumberField(RequestLogFormat.LATENCY_MICROS, entry.latencyMicros());
            json.writeEndObject();
        }
        buffer.write('\n');
        return buffer.toByteArray();
    }

    private static void writeOutputs(final JsonGenerator json, final Prediction prediction) throws IOException {
        if (prediction.label() == null) {
            // A regression, or a classification without a result: the reader takes both as a missing value.
            json.writeFieldName(RequestLogFormat.VALUE);
            writeNumber(json, prediction.value());
            return;
        }
        json.writeStringField(RequestLogFormat.LABEL, prediction.label());
        json.writeObjectFieldStart(RequestLogFormat.PROBABILITIES);
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
