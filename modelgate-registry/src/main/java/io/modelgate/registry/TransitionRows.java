package io.modelgate.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Transitions as rows of the {@code transitions} table: insert, select, and the hash a new row gets. */
final class TransitionRows {
    private static final String TRANSITIONS = "SELECT seq, model, alias, from_version, to_version, to_sha256, kind,"
            + " actor, reason, at, prev, hash FROM transitions";

    private TransitionRows() {}

    static void insert(final Connection connection, final Transition transition) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO transitions (seq, model, alias,"
                + " from_version, to_version, to_sha256, kind, actor, reason, at, prev, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, transition.seq());
            String[] text = {
                transition.model(), transition.alias(), transition.from(), transition.to(), transition.toSha256(),
                transition.kind(), transition.actor(), transition.reason(), transition.at(), transition.prev(),
                transition.hash()
            };
            for (int i = 0; i < text.length; i++) {
                insert.setString(i + 2, text[i]);
            }
            insert.executeUpdate();
        }
    }

    static List<Transition> list(final Connection connection, final String where, final String... values)
            throws SQLException {
        List<Transition> transitions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(TRANSITIONS + where)) {
            for (int i = 0; i < values.length; i++) {
                select.setString(i + 1, values[i]);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    transitions.add(new Transition(
                            result.getLong(1),
                            result.getString(2),
                            result.getString(3),
                            result.getString(4),
                            result.getString(5),
                            result.getString(6),
                            result.getString(7),
                            result.getString(8),
                            result.getString(9),
                            result.getString(10),
                            result.getString(11),
                            result.getString(12)));
                }
            }
        }
        return transitions;
    }

    static Transition withHash(final Transition draft) {
        return new Transition(
                draft.seq(),
                draft.model(),
                draft.alias(),
                draft.from(),
                draft.to(),
                draft.toSha256(),
                draft.kind(),
                draft.actor(),
                draft.reason(),
                draft.at(),
                draft.prev(),
                TransitionChain.hash(draft));
    }
}
