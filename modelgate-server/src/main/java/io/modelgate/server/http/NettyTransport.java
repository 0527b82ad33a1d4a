package io.modelgate.server.http;

import io.modelgate.server.metrics.ServerMetrics;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP/1.1 transport on Netty (chosen by measurement, see docs/serving.md): event-loop threads read requests
 * and write answers, a fixed pool of scoring threads with a bounded queue runs the predict endpoint, one thread runs
 * reloads. It counts the requests handed to those threads until their answer is written, so that a shutdown can
 * wait for them: {@link #drain(Duration)} stops accepting connections, answers new requests 503 and waits for the
 * requests in flight; {@link #close()} then stops the threads.
 */
public final class NettyTransport implements AutoCloseable {
    private static final int HEADER_BYTES = 16 * 1024;
    private static final int LINE_BYTES = 8 * 1024;

    private final EventLoopGroup acceptor;
    private final EventLoopGroup network;
    private final ThreadPoolExecutor workers;
    private final ThreadPoolExecutor admin;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object idle = new Object();
    private volatile boolean draining;
    private Channel server;

    private NettyTransport(final TransportOptions options) {
        this.acceptor = new MultiThreadIoEventLoopGroup(
                1, new DefaultThreadFactory("modelgate-accept"), NioIoHandler.newFactory());
        this.network = new MultiThreadIoEventLoopGroup(
                options.networkThreads(), new DefaultThreadFactory("modelgate-http"), NioIoHandler.newFactory());
        this.workers = new ThreadPoolExecutor(
                options.workerThreads(),
                options.workerThreads(),
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(options.queueCapacity()),
                new DefaultThreadFactory("modelgate-score"));
        this.admin = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(1),
                new DefaultThreadFactory("modelgate-admin"));
    }

    /**
     * Binds the port and starts serving.
     *
     * @param options where to listen and the limits
     * @param routes the endpoints
     * @param metrics where answers are counted
     * @return the running transport
     * @throws InterruptedException when interrupted while binding
     * @throws IllegalStateException when the port cannot be bound (the message names host and port)
     */
    public static NettyTransport start(final TransportOptions options, final Routes routes, final ServerMetrics metrics)
            throws InterruptedException {
        var transport = new NettyTransport(options);
        var handler = new RequestHandler(routes, transport, metrics);
        var bootstrap = new ServerBootstrap()
                .group(transport.acceptor, transport.network)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(final SocketChannel channel) {
                        channel.pipeline()
                                .addLast(new HttpServerCodec(LINE_BYTES, HEADER_BYTES, 64 * 1024))
                                .addLast(new BodyLimit(options.maxBodyBytes(), metrics))
                                .addLast(handler);
                    }
                });
        var bound = bootstrap.bind(options.host(), options.port()).await();
        if (!bound.isSuccess()) {
            transport.close();
            throw new IllegalStateException(
                    "Cannot listen on " + options.host() + ":" + options.port() + ": "
                            + bound.cause().getMessage(),
                    bound.cause());
        }
        transport.server = bound.channel();
        return transport;
    }

    /** @return the port listened on (the real one when 0 was asked for) */
    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** @return the requests handed to the scoring or administration threads and not yet answered */
    public int inFlight() {
        return inFlight.get();
    }

    /** @return whether the transport is draining for a shutdown */
    public boolean isDraining() {
        return draining;
    }

    ExecutorService workers() {
        return workers;
    }

    ExecutorService admin() {
        return admin;
    }

    void started() {
        inFlight.incrementAndGet();
    }

    void finished() {
        if (inFlight.decrementAndGet() == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    /**
     * Stops accepting connections, answers new requests on open connections 503 {@code shutting_down} and waits
     * until every request in flight is answered, or the time is up.
     *
     * @param patience how long to wait
     * @return whether every request in flight was answered
     * @throws InterruptedException when interrupted while waiting
     */
    public boolean drain(final Duration patience) throws InterruptedException {
        draining = true;
        if (server != null) {
            server.close().await();
        }
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (idle) {
            while (inFlight.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
        }
        return true;
    }

    /** Stops every thread; requests still in flight are abandoned (call {@link #drain(Duration)} first). */
    @Override
    public void close() {
        draining = true;
        if (server != null) {
            server.close().awaitUninterruptibly();
        }
        workers.shutdownNow();
        admin.shutdownNow();
        network.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
        acceptor.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
