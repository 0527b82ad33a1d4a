package io.modelgate.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes the JSON body of every refused request: {@code {"error": code, "message": ..., "record": i, "field": f,
 * "requestId": ...}} ({@code record} and {@code field} only when the error concerns one record).
 */
public final class ErrorJson {
    private static final JsonFactory JSON = new JsonFactory();

    private ErrorJson() {}

    /**
     * Renders an error as a response.
     *
     * @param error the error
     * @param requestId the request's id
     * @return the response with the error's status
     */
    public static ApiResponse response(final ApiError error, final String requestId) {
        var bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("error", error.code());
            json.writeStringField("message", error.getMessage());
            if (error.record() >= 0) {
                json.writeNumberField("record", error.record());
            }
            if (error.field() != null) {
                json.writeStringField("field", error.field());
            }
            json.writeStringField("requestId", requestId);
            json.writeEndObject();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return ApiResponse.json(error.status(), bytes.toByteArray());
    }
}
