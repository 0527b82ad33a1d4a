package io.modelgate.server.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.server.http.ApiError;
import io.modelgate.server.http.ApiRequest;
import io.modelgate.server.http.ApiResponse;
import io.modelgate.server.http.Endpoint;
import io.modelgate.server.model.ActiveModel;
import io.modelgate.server.model.ServedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /admin/reload}: checks the admin token, reloads the model source and answers the model serving now
 * ({@code {"model", "version", "digests", "previousVersion"}}); when the new model cannot serve, answers 422
 * {@code reload_failed} with the reason, and the old model keeps serving.
 */
public final class ReloadEndpoint implements Endpoint {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AdminToken token;
    private final ActiveModel active;
    private final Reload reload;

    /**
     * Creates the endpoint.
     *
     * @param token the admin token
     * @param active the model serving, for the previous version
     * @param reload what reloads
     */
    public ReloadEndpoint(final AdminToken token, final ActiveModel active, final Reload reload) {
        this.token = token;
        this.active = active;
        this.reload = reload;
    }

    @Override
    public ApiResponse handle(final ApiRequest request) {
        token.check(request.authorization());
        ServedModel previous = active.get();
        ServedModel now;
        try {
            now = reload.run();
        } catch (IOException | RuntimeException exception) {
            throw new ApiError(
                    422,
                    "reload_failed",
                    "The new model cannot serve"
                            + (previous == null ? "" : "; version " + previous.version() + " keeps serving") + ": "
                            + describe(exception));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("model", now.name());
        answer.put("version", now.version());
        answer.put("digests", now.digests());
        answer.put("previousVersion", previous == null ? null : previous.version());
        try {
            return ApiResponse.json(200, JSON.writeValueAsBytes(answer));
        } catch (JsonProcessingException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    static String describe(final Exception exception) {
        return exception.getMessage() == null ? exception.toString() : exception.getMessage();
    }
}
