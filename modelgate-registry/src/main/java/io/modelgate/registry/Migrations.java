package io.modelgate.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the registry's schema up to date with Flyway ({@code db/migration/sqlite} or {@code db/migration/postgresql}
 * on the classpath). A schema already at the newest version is recognised with one query, so a command does not pay
 * Flyway's start-up each time.
 */
final class Migrations {
    /** The newest schema version shipped. */
    static final String NEWEST = "1";

    /** Flyway reports every step at INFO through java.util.logging; the registry's callers print their own lines. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY.setLevel(Level.WARNING);
    }

    private Migrations() {}

    static void migrate(final Database database) {
        if (isCurrent(database)) {
            return;
        }
        try {
            Flyway.configure()
                    .dataSource(database.source())
                    .locations(database.location().dialect().migrations())
                    .load()
                    .migrate();
        } catch (FlywayException exception) {
            if (isCurrent(database)) {
                return; // another process created the schema at the same moment
            }
            throw new RegistryException(
                    "registry " + database.location().display() + ": cannot bring its schema up to date: "
                            + exception.getMessage(),
                    exception);
        }
    }

    private static boolean isCurrent(final Database database) {
        try (Connection connection = database.source().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC")) {
            return result.next() && NEWEST.equals(result.getString(1));
        } catch (SQLException exception) {
            return false;
        }
    }
}
