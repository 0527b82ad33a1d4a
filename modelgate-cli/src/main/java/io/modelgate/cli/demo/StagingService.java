package io.modelgate.cli.demo;

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
 * The demo's staging deployment: the candidate served on a free loopback port in this JVM, every request logged, so
 * the smoke test has a live service to judge and monitoring has real traffic to read.
 */
final class StagingService implements AutoCloseable {
    private final ScoringServer server;
    private boolean stopped;

    private StagingService(final ScoringServer server) {
        this.server = server;
    }

    /**
     * Starts serving and loads the model.
     *
     * @param model the PMML to serve
     * @param name its served name
     * @param version its served version
     * @param log the request log folder
     * @return the running service
     * @throws IOException when the model or the log cannot be opened
     * @throws InterruptedException when interrupted while binding
     */
    static StagingService start(final Path model, final String name, final String version, final Path log)
            throws IOException, InterruptedException {
        ScoringServer server = ScoringServer.listen(
                ServerOptions.defaults().withAddress("127.0.0.1", 0),
                ModelLoader.pmml(name, version),
                model,
                AdminToken.none(),
                RequestLog.start(RequestLogOptions.defaults(log)));
        try {
            server.load();
        } catch (IOException | RuntimeException exception) {
            server.stop(Duration.ZERO);
            throw exception;
        }
        return new StagingService(server);
    }

    /** @return the service's base URL */
    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /**
     * Stops the service and closes its request log, so every logged request is on disk.
     *
     * @return 0 when every request in flight was answered
     * @throws InterruptedException when interrupted while draining
     */
    int stop() throws InterruptedException {
        if (stopped) {
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
