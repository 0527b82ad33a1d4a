package io.modelgate.server.predict;

import io.modelgate.server.http.ApiError;
import io.modelgate.server.model.ActiveModel;
import io.modelgate.server.model.ServedModel;

/** Finds the model a request names: 503 {@code not_ready} before the first model loaded, 404 for another name. */
final class Models {
    private Models() {}

    static ServedModel serving(final ActiveModel active, final String path, final String prefix, final String suffix) {
        ServedModel served = active.get();
        if (served == null) {
            throw new ApiError(503, "not_ready", "The model is still loading");
        }
        String name = path.substring(prefix.length(), path.length() - suffix.length());
        if (!served.name().equals(name)) {
            throw new ApiError(
                    404,
                    "model_not_found",
                    "There is no model '" + name + "'; this service serves '" + served.name() + "'");
        }
        return served;
    }
}
