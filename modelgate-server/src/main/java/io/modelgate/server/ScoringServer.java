package io.modelgate.server;

import io.modelgate.server.admin.AdminToken;
import io.modelgate.server.admin.ReloadEndpoint;
import io.modelgate.server.http.ApiResponse;
import io.modelgate.server.http.NettyTransport;
import io.modelgate.server.metrics.MetricsPage;
import io.modelgate.server.metrics.ServerMetrics;
import io.modelgate.server.metrics.ServiceState;
import io.modelgate.server.model.ActiveModel;
import io.modelgate.server.model.ModelLoader;
import io.modelgate.server.model.ServedModel;
import io.modelgate.server.predict.ModelEndpoint;
import io.modelgate.server.predict.PredictEndpoint;
import io.modelgate.server.requestlog.RequestLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The real-time scoring service: one model, served over HTTP (see docs/serving.md). {@link #listen} binds the port
 * at once, so that {@code /health/live} answers while {@link #load()} loads and warms up the model; then {@code
 * /health/ready} turns 200. {@link #reload()} swaps in a new model without dropping a request; {@link #stop}
 * drains the requests in flight before stopping.
 */
public final class ScoringServer implements AutoCloseable {
    private final ServerOptions options;
    private final ActiveModel active;
    private final ServerMetrics metrics = new ServerMetrics();
    private final RequestLog log;
    private final Health health;
    private NettyTransport transport;

    private ScoringServer(final ServerOptions options, final ActiveModel active, final RequestLog log) {
        this.options = options;
        this.active = active;
        this.log = log;
        this.health = new Health(active::get, () -> transport == null || transport.isDraining());
    }

    /**
     * Binds the port and answers the probes; the model is not loaded yet.
     *
     * @param options address, threads and limits
     * @param loader how to load the model source
     * @param source the model source
     * @param token the admin token for {@code POST /admin/reload}
     * @param log the request log (the server closes it on stop)
     * @return the listening server
     * @throws InterruptedException when interrupted while binding
     * @throws IllegalStateException when the port cannot be bound
     */
    public static ScoringServer listen(
            final ServerOptions options,
            final ModelLoader loader,
            final Path source,
            final AdminToken token,
            final RequestLog log)
            throws InterruptedException {
        var server = new ScoringServer(options, new ActiveModel(loader, source, options.warmUpRecords()), log);
        var routes = new ServiceRoutes(
                new PredictEndpoint(server.active, options.maxBatch(), options.timeoutMillis(), server.metrics, log),
                new ModelEndpoint(server.active),
                server.health::live,
                server.health::ready,
                request -> ApiResponse.text(200, ApiResponse.PROMETHEUS, server.metricsPage()),
                new ReloadEndpoint(token, server.active, server::reload));
        server.transport = NettyTransport.start(options.transport(), routes, server.metrics);
        return server;
    }

    /**
     * Loads and warms up the first model; the service is ready afterwards.
     *
     * @return the model serving
     * @throws IOException when the source cannot be read
     * @throws RuntimeException when the source is not a servable model
     */
    public ServedModel load() throws IOException {
        return reload();
    }

    /**
     * Loads the source again, warms the new model up and swaps it in; on failure the old model keeps serving.
     *
     * @return the model serving now
     * @throws IOException when the source cannot be read
     * @throws RuntimeException when the source is not a servable model
     */
    public ServedModel reload() throws IOException {
        try {
            ServedModel loaded = active.reload();
            metrics.reloaded(true);
            return loaded;
        } catch (IOException | RuntimeException exception) {
            metrics.reloaded(false);
            throw exception;
        }
    }

    /** @return the port listened on */
    public int port() {
        return transport.port();
    }

    /** @return the model serving, or {@code null} before the first load */
    public ServedModel model() {
        return active.get();
    }

    /** @return the model source */
    public Path source() {
        return active.source();
    }

    /** @return whether {@code /health/ready} answers 200 */
    public boolean isReady() {
        return health.isReady();
    }

    private String metricsPage() {
        ServedModel served = active.get();
        return MetricsPage.render(
                metrics,
                new ServiceState(
                        served == null ? "" : served.name(),
                        served == null ? "" : served.version(),
                        served == null ? Map.of() : served.digests(),
                        health.isReady(),
                        transport.inFlight(),
                        log.written(),
                        log.dropped(),
                        log.failures()));
    }

    /**
     * Shuts down gracefully: stops accepting connections, turns {@code /health/ready} to 503, waits for the requests
     * in flight, then stops the threads and closes the request log (which writes what it has queued).
     *
     * @param patience how long to wait for the requests in flight
     * @return whether every request in flight was answered in time
     * @throws InterruptedException when interrupted while waiting
     */
    public boolean stop(final Duration patience) throws InterruptedException {
        boolean drained = transport.drain(patience);
        transport.close();
        log.close();
        return drained;
    }

    /** Stops with the configured drain time. */
    @Override
    public void close() throws InterruptedException {
        stop(options.drain());
    }
}
