package io.modelgate.registry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresCluster.class)
class PostgresRegistryTest extends RegistryContract {
    private String url;

    @BeforeEach
    void createDatabase(final PostgresCluster cluster) {
        url = cluster.newDatabase();
    }

    @Override
    RegistryLocation location() {
        return RegistryLocation.resolve(
                url,
                Map.of(
                        "XDG_DATA_HOME",
                        folder.resolve("data").toString(),
                        "XDG_CACHE_HOME",
                        folder.resolve("cache").toString()));
    }

    @Override
    void tamper(final String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
