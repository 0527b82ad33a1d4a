/**
 * The sampled request log: a bounded queue, one writer thread, JSONL files rotated by size and age, optionally
 * gzipped. Depends on the core's {@code scoring} for predictions only.
 */
package io.modelgate.server.requestlog;
