package io.modelgate.server.predict;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.modelgate.scoring.PmmlModel;
import io.modelgate.server.http.ApiRequest;
import io.modelgate.server.http.ApiResponse;
import io.modelgate.server.http.Endpoint;
import io.modelgate.server.model.ActiveModel;
import io.modelgate.server.model.ServedModel;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /v1/models/{name}}: what a caller needs to know about the model serving: name, version, digests, kind
 * of prediction, input fields (name, PMML data and operational type, valid values), target, class labels and the
 * PMML output fields.
 */
public final class ModelEndpoint implements Endpoint {
    private static final String PREFIX = "/v1/models/";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private final ActiveModel active;

    /**
     * Creates the endpoint.
     *
     * @param active the model serving
     */
    public ModelEndpoint(final ActiveModel active) {
        this.active = active;
    }

    @Override
    public ApiResponse handle(final ApiRequest request) {
        ServedModel served = Models.serving(active, request.path(), PREFIX, "");
        PmmlModel model = served.model();
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("name", served.name());
        description.put("version", served.version());
        description.put("digests", served.digests());
        description.put("function", model.function().name().toLowerCase(Locale.ROOT));
        description.put("inputs", model.inputFields());
        description.put("target", model.targetField());
        description.put("classLabels", model.classLabels());
        description.put("outputs", model.outputFields());
        try {
            return ApiResponse.json(200, JSON.writeValueAsBytes(description));
        } catch (com.fasterxml.jackson.core.JsonProcessingException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
