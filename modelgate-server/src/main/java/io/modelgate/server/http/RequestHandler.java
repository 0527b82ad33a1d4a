package io.modelgate.server.http;

import io.modelgate.server.metrics.ServerMetrics;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpUtil;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Turns each complete HTTP request into an {@link ApiRequest}, finds its route and runs the endpoint where the route
 * says: on the network thread, on the scoring pool (503 {@code overloaded} when its queue is full) or on the
 * administration thread (409 {@code reload_in_progress} when a reload is already waiting). While the service
 * drains, new requests are answered 503 {@code shutting_down} and their connection closed.
 */
@ChannelHandler.Sharable
final class RequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final Routes routes;
    private final NettyTransport transport;
    private final ServerMetrics metrics;

    RequestHandler(final Routes routes, final NettyTransport transport, final ServerMetrics metrics) {
        this.routes = routes;
        this.transport = transport;
        this.metrics = metrics;
    }

    @Override
    protected void channelRead0(final ChannelHandlerContext context, final FullHttpRequest http) {
        long received = System.nanoTime();
        var exchange = new Exchange(
                context,
                HttpUtil.isKeepAlive(http),
                RequestIds.of(http.headers().get("X-Request-Id")),
                received,
                metrics);
        if (!http.decoderResult().isSuccess()) {
            exchange.refuse(
                    "other",
                    new ApiError(400, "malformed_http", "The request is not valid HTTP: " + http.decoderResult()),
                    true);
            return;
        }
        if (transport.isDraining()) {
            exchange.refuse("other", new ApiError(503, "shutting_down", "The service is shutting down"), true);
            return;
        }
        String uri = http.uri();
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        Route route;
        try {
            route = routes.route(http.method().name(), path);
        } catch (ApiError error) {
            exchange.refuse("other", error, false);
            return;
        }
        var request = new ApiRequest(
                http.method().name(),
                path,
                ByteBufUtil.getBytes(http.content()),
                exchange.requestId(),
                http.headers().get(HttpHeaderNames.AUTHORIZATION),
                received);
        switch (route.execution()) {
            case NETWORK -> exchange.run(route, request, false);
            case WORKER -> submit(transport.workers(), exchange, route, request, "overloaded", 503);
            case ADMIN -> submit(transport.admin(), exchange, route, request, "reload_in_progress", 409);
        }
    }

    private void submit(
            final Executor executor,
            final Exchange exchange,
            final Route route,
            final ApiRequest request,
            final String busy,
            final int status) {
        transport.started();
        try {
            executor.execute(() -> {
                try {
                    exchange.run(route, request, false).addListener(done -> transport.finished());
                } catch (RuntimeException exception) {
                    transport.finished();
                    throw exception;
                }
            });
        } catch (RejectedExecutionException full) {
            transport.finished();
            exchange.refuse(
                    route.name(),
                    new ApiError(
                            status,
                            busy,
                            status == 503
                                    ? "The service is overloaded: every scoring thread is busy and the queue is full"
                                    : "A reload is already running"),
                    false);
        }
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext context, final Throwable cause) {
        // A client that resets its connection is not the service's problem; the connection is closed either way.
        context.close();
    }
}
