package io.modelgate.server.http;

/**
 * What serves one request: the endpoint's short name (a label of the metrics), where it runs and what answers.
 *
 * @param name the endpoint's name, e.g. {@code predict}
 * @param execution where it runs
 * @param endpoint what answers
 */
public record Route(String name, Execution execution, Endpoint endpoint) {}
