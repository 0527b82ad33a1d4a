package io.modelgate.server.http;

/** Answers the requests of one route. */
@FunctionalInterface
public interface Endpoint {
    /**
     * Answers a request.
     *
     * @param request the request
     * @return the answer
     * @throws ApiError when the request is refused; the transport renders it with {@link ErrorJson}
     */
    ApiResponse handle(ApiRequest request);
}
