/**
 * HTTP, independent of the endpoints: the request, answer and error types, routes, and the Netty transport with its
 * thread pools, limits and draining. The only package that imports Netty. Depends on {@code metrics}.
 */
package io.modelgate.server.http;
