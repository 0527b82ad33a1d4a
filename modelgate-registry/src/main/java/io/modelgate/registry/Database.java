package io.modelgate.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Connections to the registry's database and its transactions. SQLite runs in WAL mode with full sync, a busy timeout
 * and IMMEDIATE transactions (a writer takes the write lock when it begins, so two writers never deadlock upgrading
 * their locks); PostgreSQL runs at READ COMMITTED with the chain head locked by {@code SELECT ... FOR UPDATE}.
 */
final class Database {
    /** How long a SQLite writer waits for another one before giving up. */
    private static final int BUSY_TIMEOUT_MILLIS = 60_000;

    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    private final RegistryLocation location;
    private final DataSource source;

    private Database(final RegistryLocation location, final DataSource source) {
        this.location = location;
        this.source = source;
    }

    /** Work with a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    static Database connect(final RegistryLocation location) {
        DataSource source = location.dialect() == Dialect.SQLITE ? sqlite(location) : postgresql(location);
        Database database = new Database(location, source);
        try (Connection connection = source.getConnection()) {
            connection.isValid(CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException exception) {
            throw new RegistryException(
                    "registry " + location.display() + " does not answer: " + exception.getMessage(), exception);
        }
        return database;
    }

    RegistryLocation location() {
        return location;
    }

    DataSource source() {
        return source;
    }

    <T> T read(final Work<T> work) {
        try (Connection connection = source.getConnection()) {
            return work.run(connection);
        } catch (SQLException exception) {
            throw failure(exception);
        }
    }

    <T> T write(final Work<T> work) {
        try (Connection connection = source.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException exception) {
                connection.rollback();
                throw exception;
            }
        } catch (SQLException exception) {
            throw failure(exception);
        }
    }

    private RegistryException failure(final SQLException exception) {
        return new RegistryException("registry " + location.display() + ": " + exception.getMessage(), exception);
    }

    private static DataSource sqlite(final RegistryLocation location) {
        Path file = Path.of(location.url().substring(Dialect.SQLITE.prefix().length()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException exception) {
            throw new RegistryException("registry " + location.display() + ": cannot create its folder", exception);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(location.url());
        return source;
    }

    private static DataSource postgresql(final RegistryLocation location) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(location.url());
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
        return source;
    }
}
