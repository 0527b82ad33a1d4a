package io.modelgate.server.predict;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.modelgate.server.http.ApiError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The body of a predict request, read and checked: either one record, {@code {"instance": {...}}}, or a batch,
 * {@code {"instances": [{...}, ...]}} (KServe's v1 protocol), with every record's values converted for scoring.
 *
 * @param single whether the request sent one {@code instance} (answered with one {@code prediction})
 * @param records the values to score, one map per record, in request order
 */
record PredictBody(boolean single, List<Map<String, Object>> records) {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final int BAD_REQUEST = 400;

    /**
     * Reads a request body.
     *
     * @param body the JSON bytes
     * @param schema the served model's input schema
     * @param maxBatch the largest number of records accepted
     * @return the records
     * @throws ApiError 400 when the JSON is malformed, has neither or both of {@code instance} and {@code
     *     instances}, holds no record or more than {@code maxBatch}, or a record is invalid
     */
    static PredictBody read(final byte[] body, final RecordSchema schema, final int maxBatch) {
        JsonNode root = parse(body);
        if (!root.isObject()) {
            throw new ApiError(BAD_REQUEST, "malformed_request", "The body must be a JSON object with \"instances\"");
        }
        JsonNode one = root.get("instance");
        JsonNode many = root.get("instances");
        if ((one == null) == (many == null)) {
            throw new ApiError(
                    BAD_REQUEST,
                    "malformed_request",
                    "The body must hold exactly one of \"instance\" (one record) and \"instances\" (a list of"
                            + " records)");
        }
        if (one != null) {
            return new PredictBody(true, List.of(schema.read(one, 0)));
        }
        if (!many.isArray()) {
            throw new ApiError(BAD_REQUEST, "malformed_request", "\"instances\" must be a JSON array of records");
        }
        if (many.isEmpty()) {
            throw new ApiError(BAD_REQUEST, "empty_batch", "\"instances\" holds no record");
        }
        if (many.size() > maxBatch) {
            throw new ApiError(
                    BAD_REQUEST,
                    "batch_too_large",
                    "The batch holds " + many.size() + " records; the limit is " + maxBatch);
        }
        List<Map<String, Object>> records = new ArrayList<>(many.size());
        for (int i = 0; i < many.size(); i++) {
            records.add(schema.read(many.get(i), i));
        }
        return new PredictBody(false, records);
    }

    /** Jackson's messages may point at a redacted source; the position is given already. */
    private static String withoutSource(final String message) {
        return message.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "");
    }

    private static JsonNode parse(final byte[] body) {
        if (body.length == 0) {
            throw new ApiError(BAD_REQUEST, "malformed_json", "The body is empty; send a JSON object");
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException exception) {
            JsonLocation where = exception.getLocation();
            String position = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new ApiError(
                    BAD_REQUEST,
                    "malformed_json",
                    "The body is not valid JSON" + position + ": " + withoutSource(exception.getOriginalMessage()));
        } catch (IOException exception) {
            throw new ApiError(BAD_REQUEST, "malformed_json", "The body cannot be read: " + exception.getMessage());
        }
    }
}
