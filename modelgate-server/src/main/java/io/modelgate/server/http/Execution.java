package io.modelgate.server.http;

/** Where an endpoint runs. */
public enum Execution {
    /** On the network thread that read the request: cheap answers (health, metrics, schema) stay fast under load. */
    NETWORK,
    /** On the bounded pool of scoring threads; refused with 503 when its queue is full. */
    WORKER,
    /** On the one administration thread (reloads), so that a slow reload never holds a scoring thread. */
    ADMIN
}
