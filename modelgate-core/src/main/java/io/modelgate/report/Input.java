package io.modelgate.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file a piece of evidence was made from, with the role it played.
 *
 * @param role what the file was for, e.g. {@code data}, {@code reference}, {@code schema}
 * @param path the file as named on the command line or in the step
 * @param sha256 SHA-256 of the file's bytes
 * @param rows the number of data rows, or -1 when the file is not a dataset
 */
public record Input(String role, String path, String sha256, long rows) {
    /**
     * Describes a file that is not a dataset, with the SHA-256 of its bytes.
     *
     * @param role what it was for
     * @param file the file
     * @return the input, with -1 rows
     * @throws IOException when it cannot be read
     */
    public static Input ofFile(final String role, final Path file) throws IOException {
        return new Input(role, file.toString(), Digests.sha256(file), -1);
    }
}
