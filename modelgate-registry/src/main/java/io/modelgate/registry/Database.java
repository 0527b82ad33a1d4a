package io.modelgate.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Connections to the registry's database and its transactions. SQLite runs in WAL mode with full sync, a busy timeout
 * and IMMEDIATE transactions (a writer takes the write lock when it begins, so two writers never deadlock upgrading
 * their locks); PostgreSQL runs at READ COMMITTED with the chain head locked by {@code SELECT ... FOR UPDATE}.
 */
final class Database implements AutoCloseable {
    /** How long a SQLite writer waits for another one before giving up. */
    private static final int BUSY_TIMEOUT_MILLIS = 60_000;

    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    /** Idle connections kept for reuse: a new PostgreSQL connection costs a server process. */
    private static final int MAXIMUM_IDLE = 8;

    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();

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
        return use(work, false);
    }

    <T> T write(final Work<T> work) {
        return use(work, true);
    }

    private <T> T use(final Work<T> work, final boolean transaction) {
        Connection connection = null;
        boolean reusable = false;
        try {
            connection = borrow();
            T result;
            if (transaction) {
                connection.setAutoCommit(false);
                try {
                    result = work.run(connection);
                    connection.commit();
                } catch (SQLException | RuntimeException exception) {
                    connection.rollback();
                    throw exception;
                } finally {
                    // SQLite begins the next IMMEDIATE transaction at commit; leaving it would hold the write lock.
                    connection.setAutoCommit(true);
                }
            } else {
                result = work.run(connection);
            }
            reusable = true;
            return result;
        } catch (SQLException exception) {
            throw failure(exception);
        } finally {
            release(connection, reusable);
        }
    }

    private Connection borrow() throws SQLException {
        for (Connection connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
            if (!connection.isClosed()) {
                return connection;
            }
        }
        return source.getConnection();
    }

    private void release(final Connection connection, final boolean reusable) {
        if (connection == null) {
            return;
        }
        if (reusable && idle.size() < MAXIMUM_IDLE) {
            idle.offerFirst(connection);
        } else {
            closeQuietly(connection);
        }
    }

    /** Closes the idle connections. */
    @Override
    public void close() {
        for (Connection connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(final Connection connection) {
        try {
            connection.close();
        } catch (SQLException exception) {
            // Closing a broken connection: nothing left to release.
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
