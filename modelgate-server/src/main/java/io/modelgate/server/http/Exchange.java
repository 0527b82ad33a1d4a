package io.modelgate.server.http;

import io.modelgate.server.metrics.ServerMetrics;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/**
 * One request on its connection until it is answered: writes the answer (from any thread), closes the connection
 * when the client or a shutdown asks for it, and counts the answer in the metrics.
 */
final class Exchange {
    private final ChannelHandlerContext context;
    private final boolean keepAlive;
    private final String requestId;
    private final long receivedNanos;
    private final ServerMetrics metrics;

    Exchange(
            final ChannelHandlerContext context,
            final boolean keepAlive,
            final String requestId,
            final long receivedNanos,
            final ServerMetrics metrics) {
        this.context = context;
        this.keepAlive = keepAlive;
        this.requestId = requestId;
        this.receivedNanos = receivedNanos;
        this.metrics = metrics;
    }

    String requestId() {
        return requestId;
    }

    long receivedNanos() {
        return receivedNanos;
    }

    /** Runs an endpoint and answers with its response or its error. */
    ChannelFuture run(final Route route, final ApiRequest request, final boolean close) {
        ApiResponse response;
        try {
            response = route.endpoint().handle(request);
        } catch (ApiError error) {
            return refuse(route.name(), error, close);
        } catch (RuntimeException exception) {
            return refuse(
                    route.name(),
                    new ApiError(500, "internal_error", "The service failed to answer: " + exception),
                    close);
        }
        return answer(route.name(), response, close);
    }

    ChannelFuture refuse(final String endpoint, final ApiError error, final boolean close) {
        metrics.refused(error.code());
        return answer(endpoint, ErrorJson.response(error, requestId), close);
    }

    ChannelFuture answer(final String endpoint, final ApiResponse response, final boolean close) {
        FullHttpResponse http = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(response.status()),
                Unpooled.wrappedBuffer(response.body()));
        http.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, response.contentType())
                .setInt(HttpHeaderNames.CONTENT_LENGTH, response.body().length)
                .set("X-Request-Id", requestId);
        boolean closing = close || !keepAlive;
        if (closing) {
            http.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
        metrics.answered(endpoint, response.status(), System.nanoTime() - receivedNanos);
        ChannelFuture written = context.writeAndFlush(http);
        if (closing) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
        return written;
    }
}
