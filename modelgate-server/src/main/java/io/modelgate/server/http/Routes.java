package io.modelgate.server.http;

/** Finds the route of a request from its method and path. */
@FunctionalInterface
public interface Routes {
    /**
     * Finds a route.
     *
     * @param method the HTTP method
     * @param path the path, without the query string
     * @return the route
     * @throws ApiError 404 for an unknown path, 405 for a known path with another method
     */
    Route route(String method, String path);
}
