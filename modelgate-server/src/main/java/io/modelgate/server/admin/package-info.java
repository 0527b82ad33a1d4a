/** Administration over HTTP: the admin token and the reload endpoint. Depends on {@code http} and {@code model}. */
package io.modelgate.server.admin;
