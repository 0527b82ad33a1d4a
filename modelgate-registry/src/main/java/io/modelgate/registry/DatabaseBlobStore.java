package io.modelgate.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Team mode's bundles: in the PostgreSQL table {@code blobs}, so that every machine can resolve a reference, and
 * cached locally by SHA-256 (the cache is checked against the digest like any blob).
 */
final class DatabaseBlobStore implements BlobStore {
    private final Database database;
    private final FileBlobStore cache;

    DatabaseBlobStore(final Database database, final FileBlobStore cache) {
        this.database = database;
        this.cache = cache;
    }

    @Override
    public String put(final Path file) throws IOException {
        String sha256 = Digests.of(file);
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO blobs (sha256, content) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING");
                    InputStream in = Files.newInputStream(file)) {
                insert.setString(1, sha256);
                insert.setBinaryStream(2, in, Files.size(file));
                return insert.executeUpdate();
            } catch (IOException exception) {
                throw new UncheckedIOException(exception);
            }
        });
        return sha256;
    }

    @Override
    public Path get(final String sha256) throws IOException {
        if (!cache.has(sha256)) {
            try {
                database.read(connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement("SELECT content FROM blobs WHERE sha256 = ?")) {
                        select.setString(1, sha256);
                        try (ResultSet result = select.executeQuery()) {
                            if (!result.next()) {
                                throw new RegistryException("the registry's blob " + sha256 + " is missing from "
                                        + database.location().display());
                            }
                            try (InputStream in = result.getBinaryStream(1)) {
                                cache.put(sha256, in);
                            }
                            return null;
                        }
                    } catch (IOException exception) {
                        throw new UncheckedIOException(exception);
                    }
                });
            } catch (UncheckedIOException exception) {
                throw exception.getCause();
            }
        }
        return cache.get(sha256);
    }
}
