package io.modelgate.server.http;

/**
 * How the HTTP transport listens and how much it takes on.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port the port, 0 for an ephemeral one
 * @param networkThreads the event-loop threads that read and write HTTP
 * @param workerThreads the threads that score
 * @param queueCapacity predict requests that may wait for a scoring thread before the service answers 503
 * @param maxBodyBytes the largest request body; larger ones are answered 413
 */
public record TransportOptions(
        String host, int port, int networkThreads, int workerThreads, int queueCapacity, int maxBodyBytes) {
    /**
     * Checks the options.
     *
     * @param host the address
     * @param port the port
     * @param networkThreads event-loop threads
     * @param workerThreads scoring threads
     * @param queueCapacity waiting requests
     * @param maxBodyBytes the largest body
     * @throws IllegalArgumentException when a value is out of range
     */
    public TransportOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("The port must be between 0 and 65535: " + port);
        }
        if (networkThreads < 1 || workerThreads < 1 || queueCapacity < 1 || maxBodyBytes < 1) {
            throw new IllegalArgumentException("Threads, queue capacity and body limit must be positive");
        }
    }
}
