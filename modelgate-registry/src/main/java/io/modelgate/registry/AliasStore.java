package io.modelgate.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The aliases and their transitions. A move is one transaction that locks the chain head, compares the alias with
 * the version the mover expected, re-points it (the row's revision must still be the one read), appends the
 * transition chained to the head and advances the head; a loser gets a {@link ConflictException} and changes nothing.
 */
final class AliasStore {
    private final Database database;

    AliasStore(final Database database) {
        this.database = database;
    }

    Transition move(final AliasMove move) {
        return database.write(connection -> move(connection, head(connection), move, Transition.MOVE));
    }

    Transition rollback(final String model, final String alias, final String actor, final String reason) {
        return database.write(connection -> {
            Transition head = head(connection);
            List<Transition> history =
                    TransitionRows.list(connection, " WHERE model = ? AND alias = ? ORDER BY seq", model, alias);
            List<String> promoted = Rollbacks.promoted(history);
            if (promoted.size() < 2) {
                throw new RegistryException(model + "@" + alias + " has no earlier version to roll back to"
                        + (promoted.isEmpty() ? " (it was never set)" : " (only " + promoted.get(0) + ")"));
            }
            String current = promoted.get(promoted.size() - 1);
            String previous = promoted.get(promoted.size() - 2);
            return move(
                    connection,
                    head,
                    new AliasMove(model, alias, current, previous, actor, reason),
                    Transition.ROLLBACK);
        });
    }

    Map<String, String> aliases(final String model) {
        return database.read(connection -> {
            Map<String, String> aliases = new TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT a.alias, v.version FROM aliases a"
                    + " JOIN versions v ON v.id = a.version_id JOIN models m ON m.id = a.model_id WHERE m.name = ?")) {
                select.setString(1, model);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        aliases.put(result.getString(1), result.getString(2));
                    }
                }
            }
            return aliases;
        });
    }

    List<Transition> history(final String model) {
        return database.read(connection -> TransitionRows.list(connection, " WHERE model = ? ORDER BY seq", model));
    }

    List<Transition> all() {
        return database.read(connection -> TransitionRows.list(connection, " ORDER BY seq"));
    }

    /** @return the chain head as a transition carrying only its number and hash */
    Transition head() {
        return database.read(AliasStore::readHead);
    }

    private Transition head(final Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                        database.location().dialect().lockChainHead());
                ResultSet result = lock.executeQuery()) {
            result.next();
            return headOf(result);
        }
    }

    private static Transition readHead(final Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, hash FROM chain_head WHERE id = 1");
                ResultSet result = select.executeQuery()) {
            result.next();
            return headOf(result);
        }
    }

    private static Transition headOf(final ResultSet result) throws SQLException {
        return new Transition(result.getLong(1), "", "", "", "", "", "", "", "", "", "", result.getString(2));
    }

    private static Transition move(
            final Connection connection, final Transition head, final AliasMove move, final String kind)
            throws SQLException {
        long modelId = VersionStore.modelId(connection, move.model())
                .orElseThrow(() -> new RegistryException("no model " + move.model() + " in the registry"));
        ModelVersion target = VersionStore.find(connection, move.model(), move.version())
                .orElseThrow(() -> new RegistryException(move.model() + " has no version " + move.version()));
        Optional<long[]> current = current(connection, modelId, move.alias());
        String actual = current.isEmpty() ? AliasMove.NONE : versionName(connection, current.get()[0]);
        if (move.expected() != null && !move.expected().equals(actual)) {
            throw new ConflictException(move.model(), move.alias(), move.expected(), actual);
        }
        if (actual.equals(move.version())) {
            throw new RegistryException(move.model() + "@" + move.alias() + " already points to version "
                    + move.version() + "; nothing changed");
        }
        repoint(connection, modelId, move, current);
        Transition draft = new Transition(
                head.seq() + 1,
                move.model(),
                move.alias(),
                actual,
                move.version(),
                target.bundleSha256(),
                kind,
                move.actor(),
                move.reason(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                head.hash(),
                "");
        Transition transition = TransitionRows.withHash(draft);
        TransitionRows.insert(connection, transition);
        try (PreparedStatement advance =
                connection.prepareStatement("UPDATE chain_head SET seq = ?, hash = ? WHERE id = 1 AND seq = ?")) {
            advance.setLong(1, transition.seq());
            advance.setString(2, transition.hash());
            advance.setLong(3, head.seq());
            if (advance.executeUpdate() != 1) {
                throw new SQLException("the chain head moved while it was locked");
            }
        }
        return transition;
    }

    private static void repoint(
            final Connection connection, final long modelId, final AliasMove move, final Optional<long[]> current)
            throws SQLException {
        String sql = current.isEmpty()
                ? "INSERT INTO aliases (version_id, model_id, alias, revision) SELECT v.id, ?, ?, 1 FROM versions v"
                        + " WHERE v.model_id = ? AND v.version = ?"
                : "UPDATE aliases SET version_id = (SELECT v.id FROM versions v WHERE v.model_id = ? AND"
                        + " v.version = ?), revision = revision + 1 WHERE model_id = ? AND alias = ? AND revision = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (current.isEmpty()) {
                statement.setLong(1, modelId);
                statement.setString(2, move.alias());
                statement.setLong(3, modelId);
                statement.setString(4, move.version());
            } else {
                statement.setLong(1, modelId);
                statement.setString(2, move.version());
                statement.setLong(3, modelId);
                statement.setString(4, move.alias());
                statement.setLong(5, current.get()[1]);
            }
            if (statement.executeUpdate() != 1) {
                throw new ConflictException(move.model(), move.alias(), move.expected(), "changed meanwhile");
            }
        }
    }

    /** @return the alias's version id and revision */
    private static Optional<long[]> current(final Connection connection, final long modelId, final String alias)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version_id, revision FROM aliases WHERE model_id = ? AND alias = ?")) {
            select.setLong(1, modelId);
            select.setString(2, alias);
            try (ResultSet result = select.executeQuery()) {
                return result.next()
                        ? Optional.of(new long[] {result.getLong(1), result.getLong(2)})
                        : Optional.empty();
            }
        }
    }

    private static String versionName(final Connection connection, final long versionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT version FROM versions WHERE id = ?")) {
            select.setLong(1, versionId);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
