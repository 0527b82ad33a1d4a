package io.modelgate.registry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

class SqliteRegistryTest extends RegistryContract {
    @Override
    RegistryLocation location() {
        return RegistryLocation.sqlite(folder.resolve("registry.db"));
    }

    @Override
    void tamper(final String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(location().url());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
