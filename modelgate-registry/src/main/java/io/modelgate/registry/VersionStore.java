package io.modelgate.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The models and versions tables: registration and look-ups. */
final class VersionStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELECT = "SELECT m.name, v.version, v.file_name, v.bundle_sha256, v.model_sha256,"
            + " v.metadata, v.evidence, v.created_by, v.created_at FROM versions v JOIN models m ON m.id = v.model_id";

    private final Database database;

    VersionStore(final Database database) {
        this.database = database;
    }

    ModelVersion insert(final ModelVersion version) {
        return database.write(connection -> {
            try (PreparedStatement model = connection.prepareStatement("INSERT INTO models (name, created_by,"
                    + " created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
                model.setString(1, version.model());
                model.setString(2, version.createdBy());
                model.setString(3, version.createdAt());
                model.executeUpdate();
            }
            long modelId = modelId(connection, version.model())
                    .orElseThrow(() -> new IllegalStateException("model row vanished: " + version.model()));
            Optional<ModelVersion> existing = find(connection, version.model(), version.version());
            if (existing.isPresent()) {
                throw new RegistryException(version.model() + " version " + version.version()
                        + " is already registered (sha256 " + existing.get().bundleSha256() + ", by "
                        + existing.get().createdBy() + " at " + existing.get().createdAt()
                        + "); versions never change");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO versions (model_id, version,"
                    + " file_name, bundle_sha256, model_sha256, metadata, evidence, created_by, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, modelId);
                insert.setString(2, version.version());
                insert.setString(3, version.fileName());
                insert.setString(4, version.bundleSha256());
                insert.setString(5, version.modelSha256());
                insert.setString(6, json(version.metadata()));
                insert.setString(7, json(version.evidence()));
                insert.setString(8, version.createdBy());
                insert.setString(9, version.createdAt());
                insert.executeUpdate();
            }
            return version;
        });
    }

    List<String> models() {
        return database.read(connection -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT name FROM models ORDER BY name");
                    ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    names.add(result.getString(1));
                }
            }
            return names;
        });
    }

    List<ModelVersion> versions(final String model) {
        return database.read(connection -> list(connection, SELECT + " WHERE m.name = ? ORDER BY v.id", model));
    }

    List<ModelVersion> all() {
        return database.read(connection -> list(connection, SELECT + " ORDER BY v.id"));
    }

    Optional<ModelVersion> find(final String model, final String version) {
        return database.read(connection -> find(connection, model, version));
    }

    static Optional<ModelVersion> find(final Connection connection, final String model, final String version)
            throws SQLException {
        return list(connection, SELECT + " WHERE m.name = ? AND v.version = ?", model, version).stream()
                .findFirst();
    }

    static Optional<Long> modelId(final Connection connection, final String model) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM models WHERE name = ?")) {
            select.setString(1, model);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(result.getLong(1)) : Optional.empty();
            }
        }
    }

    private static List<ModelVersion> list(final Connection connection, final String sql, final String... values)
            throws SQLException {
        List<ModelVersion> versions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setString(i + 1, values[i]);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    versions.add(new ModelVersion(
                            result.getString(1),
                            result.getString(2),
                            result.getString(3),
                            result.getString(4),
                            result.getString(5),
                            map(result.getString(6)),
                            map(result.getString(7)),
                            result.getString(8),
                            result.getString(9)));
                }
            }
        }
        return versions;
    }

    private static String json(final Map<String, String> map) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(map));
        } catch (JsonProcessingException exception) {
            throw new IllegalStateException("cannot write a map as JSON", exception);
        }
    }

    private static Map<String, String> map(final String json) throws SQLException {
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() {});
        } catch (JsonProcessingException exception) {
            throw new SQLException("a version's JSON column is not a JSON object of strings: " + json, exception);
        }
    }
}
