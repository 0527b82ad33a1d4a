package io.modelgate.cli.demo;

import io.modelgate.packaging.Keys;
import io.modelgate.server.ScoringServer;
import io.modelgate.server.ServerOptions;
import io.modelgate.server.admin.AdminToken;
import io.modelgate.server.model.ModelLoader;
import io.modelgate.server.requestlog.RequestLog;
import io.modelgate.server.requestlog.RequestLogOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The demo's staging deployment: the signed bundle verified and served on a free loopback port in this JVM, every
 * request logged, so the smoke test has a live service to judge and monitoring has real traffic to read.
 */
final class StagingService implements AutoCloseable {
    private final Path bundle;
    private final Path publicKey;
    private final Path log;
    private ScoringServer server;
    private boolean stopped;

    /**
     * @param bundle the signed bundle to serve (written by an earlier step)
     * @param publicKey the key it is signed with
     * @param log the request log folder
     */
    StagingService(final Path bundle, final Path publicKey, final Path log) {
        this.bundle = bundle;
        this.publicKey = publicKey;
        this.log = log;
    }

    /**
     * Verifies the bundle, starts serving it and waits until it is ready.
     *
     * @return 0
     * @throws IOException when the bundle, the key or the log cannot be opened
     * @throws InterruptedException when interrupted while binding
     */
    int start() throws IOException, InterruptedException {
        ScoringServer started = ScoringServer.listen(
                ServerOptions.defaults().withAddress("127.0.0.1", 0),
                ModelLoader.bundle(Keys.readPublic(publicKey)),
                bundle,
                AdminToken.none(),
                RequestLog.start(RequestLogOptions.defaults(log)));
        try {
            started.load();
        } catch (IOException | RuntimeException exception) {
            started.stop(Duration.ZERO);
            throw exception;
        }
        server = started;
        return 0;
    }

    /** @return the service's base URL; only once started */
    String url() {
        if (server == null) {
            throw new IllegalStateException("the staging service has not started");
        }
        return "http://127.0.0.1:" + server.port();
    }

    /**
     * Stops the service and closes its request log, so every logged request is on disk.
     *
     * @return 0 when every request in flight was answered
     * @throws InterruptedException when interrupted while draining
     */
    int stop() throws InterruptedException {
        if (stopped || server == null) {
            return 0;
        }
        stopped = true;
        return server.stop(Duration.ofSeconds(10)) ? 0 : 1;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
