package io.modelgate.server.admin;

import io.modelgate.server.model.ServedModel;
import java.io.IOException;

/** Loads the model source again and swaps it in, or leaves the serving model untouched and throws. */
@FunctionalInterface
public interface Reload {
    /**
     * Reloads.
     *
     * @return the model serving now
     * @throws IOException when the source cannot be read
     * @throws RuntimeException when the source is not a servable model
     */
    ServedModel run() throws IOException;
}
