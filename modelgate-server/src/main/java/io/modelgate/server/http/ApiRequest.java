package io.modelgate.server.http;

/**
 * One HTTP request as the endpoints see it, independent of the HTTP library: method, path, the whole body (already
 * within the size limit), the request id, the {@code Authorization} header and when it arrived.
 *
 * @param method the HTTP method, upper case
 * @param path the path without the query string
 * @param body the body, empty when there is none
 * @param requestId the client's {@code X-Request-Id} when it sent a usable one, else one made by the service
 * @param authorization the {@code Authorization} header, or {@code null}
 * @param receivedNanos {@link System#nanoTime()} when the request was read
 */
public record ApiRequest(
        String method, String path, byte[] body, String requestId, String authorization, long receivedNanos) {}
