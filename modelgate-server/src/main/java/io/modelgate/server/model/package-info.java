/**
 * The model a service answers with: {@code ServedModel} and {@code ModelLoader} (the seam where a signed bundle's
 * verification plugs in), the holder that reloads and swaps atomically, and the warm-up. Depends on the core's
 * {@code scoring} and {@code packaging}.
 */
package io.modelgate.server.model;
