package io.modelgate.server;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.modelgate.server.http.ApiError;
import io.modelgate.server.http.ApiRequest;
import io.modelgate.server.http.ApiResponse;
import io.modelgate.server.model.ServedModel;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The probes: {@code /health/live} answers 200 while the process serves HTTP; {@code /health/ready} answers 200
 * only once a model has loaded and warmed up, and 503 {@code not_ready} before that and while draining for a
 * shutdown, so that a load balancer sends no traffic to a service that cannot take it.
 */
final class Health {
    private final Supplier<ServedModel> model;
    private final Supplier<Boolean> draining;

    Health(final Supplier<ServedModel> model, final Supplier<Boolean> draining) {
        this.model = model;
        this.draining = draining;
    }

    boolean isReady() {
        return model.get() != null && !draining.get();
    }

    ApiResponse live(final ApiRequest request) {
        return ApiResponse.json(200, "{\"status\":\"live\"}".getBytes(StandardCharsets.UTF_8));
    }

    ApiResponse ready(final ApiRequest request) {
        ServedModel served = model.get();
        if (served == null) {
            throw new ApiError(503, "not_ready", "The model is still loading and warming up");
        }
        if (draining.get()) {
            throw new ApiError(503, "not_ready", "The service is shutting down");
        }
        return ApiResponse.json(
                200,
                ("{\"status\":\"ready\",\"model\":" + quote(served.name()) + ",\"version\":" + quote(served.version())
                                + "}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(final String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
