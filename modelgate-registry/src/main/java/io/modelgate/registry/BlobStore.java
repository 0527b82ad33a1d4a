package io.modelgate.registry;

import java.io.IOException;
import java.nio.file.Path;

/** Stores files by the SHA-256 of their bytes; what it hands back has been checked against that digest. */
interface BlobStore {
    /**
     * Stores a file; storing the same bytes again changes nothing.
     *
     * @param file the file
     * @return its SHA-256
     * @throws IOException when it cannot be read or stored
     */
    String put(Path file) throws IOException;

    /**
     * Returns a local file with the stored bytes, checked against the digest.
     *
     * @param sha256 the digest
     * @return the file
     * @throws IOException when the blob is missing or does not match its digest
     */
    Path get(String sha256) throws IOException;
}
