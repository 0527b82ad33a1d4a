/**
 * The real-time scoring service: {@code ScoringServer} wires the model holder, the endpoints, the HTTP transport,
 * the metrics and the request log; {@code ServerOptions} holds its limits. Depends on every sub-package; none of
 * them depends on it.
 */
package io.modelgate.server;
