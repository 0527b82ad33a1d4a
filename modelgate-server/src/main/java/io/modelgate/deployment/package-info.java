/**
 * Deployment of the scoring service: Kubernetes manifests and a Dockerfile rendered from a {@code DeploymentSpec},
 * and the smoke test that checks a running service against the model's own batch scoring and a latency budget and
 * writes {@code deployment} evidence. Uses the JDK's HTTP client; depends on the core and on nothing of the server
 * but its JSON layout.
 */
package io.modelgate.deployment;
