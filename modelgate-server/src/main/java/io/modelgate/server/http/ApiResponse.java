package io.modelgate.server.http;

import java.nio.charset.StandardCharsets;

/**
 * One HTTP answer, independent of the HTTP library.
 *
 * @param status the HTTP status code
 * @param contentType the media type of the body
 * @param body the body
 */
public record ApiResponse(int status, String contentType, byte[] body) {
    /** JSON, UTF-8. */
    public static final String JSON = "application/json";

    /** The Prometheus text exposition format 0.0.4. */
    public static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";

    /**
     * Creates a JSON answer.
     *
     * @param status the status code
     * @param body the JSON bytes
     * @return the answer
     */
    public static ApiResponse json(final int status, final byte[] body) {
        return new ApiResponse(status, JSON, body);
    }

    /**
     * Creates a plain-text answer.
     *
     * @param status the status code
     * @param contentType the media type
     * @param text the body
     * @return the answer
     */
    public static ApiResponse text(final int status, final String contentType, final String text) {
        return new ApiResponse(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }
}
