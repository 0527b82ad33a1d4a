package io.modelgate.cli.serving;

import io.modelgate.server.ServerOptions;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of {@code modelgate serve} for the listener, threads and limits. */
public final class ServerFlags {
    private static final ServerOptions DEFAULTS = ServerOptions.defaults();

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on; 0.0.0.0 in a container (default ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8080",
            description = "Port, 0 for any free one (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--threads", paramLabel = "N", description = "Scoring threads (default: the number of cores).")
    Integer threads;

    @Option(
            names = "--queue",
            paramLabel = "N",
            defaultValue = "256",
            description = "Predict requests that may wait for a scoring thread before 503 (default ${DEFAULT-VALUE}).")
    int queue;

    @Option(
            names = "--max-body-bytes",
            paramLabel = "N",
            defaultValue = "4194304",
            description = "Largest request body; larger ones get 413 (default ${DEFAULT-VALUE}).")
    int maxBodyBytes;

    @Option(
            names = "--max-batch",
            paramLabel = "N",
            defaultValue = "1000",
            description = "Most records per request; more get 400 (default ${DEFAULT-VALUE}).")
    int maxBatch;

    @Option(
            names = "--timeout-ms",
            paramLabel = "MS",
            defaultValue = "2000",
            description =
                    "Time limit per predict request, queueing included; beyond it 503 (default ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Option(
            names = "--warm-up",
            paramLabel = "N",
            defaultValue = "2000",
            description = "Synthetic records scored before the model serves (default ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(
            names = "--drain-seconds",
            paramLabel = "S",
            defaultValue = "30",
            description = "How long a shutdown waits for requests in flight (default ${DEFAULT-VALUE}).")
    long drainSeconds;

    /**
     * Builds the server options.
     *
     * @return the options
     * @throws ParameterException when a value is out of range
     */
    ServerOptions options() {
        int workers = threads == null ? DEFAULTS.workerThreads() : threads;
        try {
            return DEFAULTS.withAddress(host, port)
                    .withThreads(DEFAULTS.networkThreads(), workers, queue)
                    .withLimits(maxBodyBytes, maxBatch, timeoutMillis)
                    .withLifecycle(warmUp, Duration.ofSeconds(drainSeconds));
        } catch (IllegalArgumentException exception) {
            throw new ParameterException(spec.commandLine(), exception.getMessage(), exception);
        }
    }
}
