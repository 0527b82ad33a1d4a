package io.modelgate.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Bundles in a folder by SHA-256, {@code sha256/ab/abcdef...}: written to a temporary file in the folder and moved
 * into place atomically, so a reader never sees half a blob; checked against the digest on every read.
 */
final class FileBlobStore implements BlobStore {
    private final Path folder;

    FileBlobStore(final Path folder) {
        this.folder = folder;
    }

    @Override
    public String put(final Path file) throws IOException {
        String sha256 = Digests.of(file);
        try (InputStream in = Files.newInputStream(file)) {
            put(sha256, in);
        }
        return sha256;
    }

    /** Stores bytes known to have a digest; the digest is checked once they are written. */
    void put(final String sha256, final InputStream content) throws IOException {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + sha256, ".tmp");
        try {
            Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
            String actual = Digests.of(temporary);
            if (!actual.equals(sha256)) {
                throw new IOException("blob " + sha256 + " arrived with SHA-256 " + actual + "; not stored");
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException exception) {
                Files.move(temporary, target);
            } catch (FileAlreadyExistsException exception) {
                // Someone stored the same bytes meanwhile: content-addressed, so theirs is ours.
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Path get(final String sha256) throws IOException {
        Path file = path(sha256);
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "the registry's blob " + sha256 + " is missing");
        }
        String actual = Digests.of(file);
        if (!actual.equals(sha256)) {
            throw new IOException(file + ": the registry's blob " + sha256 + " is corrupt: its SHA-256 is " + actual);
        }
        return file;
    }

    boolean has(final String sha256) {
        return Files.exists(path(sha256));
    }

    private Path path(final String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("'" + sha256 + "' is not a SHA-256");
        }
        return folder.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
