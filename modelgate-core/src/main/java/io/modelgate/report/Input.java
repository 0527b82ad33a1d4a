package io.modelgate.report;

/**
 * A file a piece of evidence was made from, with the role it played.
 *
 * @param role what the file was for, e.g. {@code data}, {@code reference}, {@code schema}
 * @param path the file as named on the command line or in the step
 * @param sha256 SHA-256 of the file's bytes
 * @param rows the number of data rows, or -1 when the file is not a dataset
 */
public record Input(String role, String path, String sha256, long rows) {}
