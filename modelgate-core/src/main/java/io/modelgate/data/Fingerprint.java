package io.modelgate.data;

/**
 * What identifies a dataset: the SHA-256 of the file's bytes as stored (so it equals {@code sha256sum}), its size
 * in bytes and its number of data rows (header excluded).
 *
 * @param path the file as it was named
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param bytes the size of the file in bytes
 * @param rows the number of data rows
 */
public record Fingerprint(String path, String sha256, long bytes, long rows) {}
