package io.modelgate.server;

import io.modelgate.server.http.TransportOptions;
import java.time.Duration;

/**
 * How the service listens and what it takes on: address, threads, limits, warm-up and shutdown patience.
 *
 * @param host the address to bind
 * @param port the port, 0 for an ephemeral one
 * @param networkThreads event-loop threads that read and write HTTP
 * @param workerThreads scoring threads
 * @param queueCapacity predict requests that may wait for a scoring thread; beyond that, 503 {@code overloaded}
 * @param maxBodyBytes the largest request body; beyond that, 413 {@code body_too_large}
 * @param maxBatch the most records per predict request; beyond that, 400 {@code batch_too_large}
 * @param timeoutMillis the time limit per predict request, queueing included; beyond that, 503 {@code timeout}
 * @param warmUpRecords synthetic records scored by every newly loaded model before it serves
 * @param drain how long a shutdown waits for requests in flight
 */
public record ServerOptions(
        String host,
        int port,
        int networkThreads,
        int workerThreads,
        int queueCapacity,
        int maxBodyBytes,
        int maxBatch,
        long timeoutMillis,
        int warmUpRecords,
        Duration drain) {
    /**
     * Checks the options.
     *
     * @param host the address
     * @param port the port
     * @param networkThreads event-loop threads
     * @param workerThreads scoring threads
     * @param queueCapacity waiting requests
     * @param maxBodyBytes the largest body
     * @param maxBatch the most records per request
     * @param timeoutMillis the time limit
     * @param warmUpRecords warm-up records
     * @param drain shutdown patience
     * @throws IllegalArgumentException when a value is out of range
     */
    public ServerOptions {
        transport(host, port, networkThreads, workerThreads, queueCapacity, maxBodyBytes);
        if (maxBatch < 1 || timeoutMillis < 1 || warmUpRecords < 0 || drain.isNegative()) {
            throw new IllegalArgumentException(
                    "The batch limit and time limit must be positive, warm-up and drain not negative");
        }
    }

    /**
     * The defaults: 127.0.0.1:8080, one network and one scoring thread per core, 256 queued requests, 4 MiB bodies,
     * 1,000 records per request, 2 s per request, 2,000 warm-up records, 30 s to drain.
     *
     * @return the options
     */
    public static ServerOptions defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerOptions(
                "127.0.0.1", 8080, cores, cores, 256, 4 << 20, 1_000, 2_000, 2_000, Duration.ofSeconds(30));
    }

    /**
     * @param address the address to bind
     * @param number the port
     * @return a copy listening there
     */
    public ServerOptions withAddress(final String address, final int number) {
        return new ServerOptions(
                address,
                number,
                networkThreads,
                workerThreads,
                queueCapacity,
                maxBodyBytes,
                maxBatch,
                timeoutMillis,
                warmUpRecords,
                drain);
    }

    /**
     * @param network event-loop threads
     * @param workers scoring threads
     * @param queue requests that may wait for a scoring thread
     * @return a copy with those threads
     */
    public ServerOptions withThreads(final int network, final int workers, final int queue) {
        return new ServerOptions(
                host, port, network, workers, queue, maxBodyBytes, maxBatch, timeoutMillis, warmUpRecords, drain);
    }

    /**
     * @param bodyBytes the largest body
     * @param batch the most records per request
     * @param timeout the time limit per request in milliseconds
     * @return a copy with those limits
     */
    public ServerOptions withLimits(final int bodyBytes, final int batch, final long timeout) {
        return new ServerOptions(
                host,
                port,
                networkThreads,
                workerThreads,
                queueCapacity,
                bodyBytes,
                batch,
                timeout,
                warmUpRecords,
                drain);
    }

    /**
     * @param records warm-up records
     * @param patience how long a shutdown waits for requests in flight
     * @return a copy with that warm-up and drain
     */
    public ServerOptions withLifecycle(final int records, final Duration patience) {
        return new ServerOptions(
                host,
                port,
                networkThreads,
                workerThreads,
                queueCapacity,
                maxBodyBytes,
                maxBatch,
                timeoutMillis,
                records,
                patience);
    }

    /** @return the transport's part */
    public TransportOptions transport() {
        return transport(host, port, networkThreads, workerThreads, queueCapacity, maxBodyBytes);
    }

    private static TransportOptions transport(
            final String host,
            final int port,
            final int networkThreads,
            final int workerThreads,
            final int queueCapacity,
            final int maxBodyBytes) {
        return new TransportOptions(host, port, networkThreads, workerThreads, queueCapacity, maxBodyBytes);
    }
}
