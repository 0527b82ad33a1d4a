package io.modelgate.reproducibility;

/**
 * One declared input of a training run and its digest.
 *
 * @param role what it is: {@code data}, {@code params} or {@code lock}
 * @param path the path as declared
 * @param sha256 the SHA-256 of the file's bytes, or of the sorted list of (relative path, digest) of a folder's files
 */
public record LineageInput(String role, String path, String sha256) {}
