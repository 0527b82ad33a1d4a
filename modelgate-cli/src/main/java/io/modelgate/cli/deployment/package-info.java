/** {@code modelgate deploy render} and {@code modelgate deploy smoke}: deployment manifests and the smoke test. */
package io.modelgate.cli.deployment;
