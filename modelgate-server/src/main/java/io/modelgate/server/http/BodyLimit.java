package io.modelgate.server.http;

import io.modelgate.server.metrics.ServerMetrics;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Collects a request's body up to the limit; a larger body (by its {@code Content-Length}, or while a chunked body
 * arrives) is answered 413 {@code body_too_large} with a JSON error. As in Netty's own aggregator, a keep-alive
 * connection stays open and the rest of the oversized body is read and discarded; otherwise it is closed.
 */
final class BodyLimit extends HttpObjectAggregator {
    private final int maxBodyBytes;
    private final ServerMetrics metrics;

    BodyLimit(final int maxBodyBytes, final ServerMetrics metrics) {
        super(maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
        this.metrics = metrics;
    }

    @Override
    protected void handleOversizedMessage(final ChannelHandlerContext context, final HttpMessage oversized) {
        boolean close = oversized instanceof FullHttpMessage
                || !HttpUtil.is100ContinueExpected(oversized) && !HttpUtil.isKeepAlive(oversized);
        String id = RequestIds.of(oversized.headers().get("X-Request-Id"));
        var exchange = new Exchange(context, !close, id, System.nanoTime(), metrics);
        String sent = HttpUtil.isContentLengthSet(oversized)
                ? HttpUtil.getContentLength(oversized, -1L) + " bytes"
                : "a longer chunked body";
        String endpoint =
                oversized instanceof HttpRequest request && request.uri().contains(":predict") ? "predict" : "other";
        exchange.refuse(
                endpoint,
                new ApiError(
                        413,
                        "body_too_large",
                        "The request body is " + sent + "; the limit is " + maxBodyBytes + " bytes"),
                close);
    }
}
