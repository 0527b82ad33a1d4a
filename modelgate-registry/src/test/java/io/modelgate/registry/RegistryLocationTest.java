package io.modelgate.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryLocationTest {
    @Test
    void shouldDefaultToAPerUserSqliteFileUnderXdgDataHome() {
        RegistryLocation location = RegistryLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data", "HOME", "/home/a"));

        assertThat(location.url()).isEqualTo("jdbc:sqlite:/data/modelgate/registry.db");
        assertThat(location.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(location.blobs()).isEqualTo(Path.of("/data/modelgate/registry.blobs"));
        assertThat(location.trail()).isEqualTo(Path.of("/data/modelgate/registry.audit.jsonl"));
    }

    @Test
    void shouldFallBackToTheHomeFolderWhenXdgDataHomeIsUnsetOrRelative() {
        assertThat(RegistryLocation.resolve(null, Map.of("HOME", "/home/a")).url())
                .isEqualTo("jdbc:sqlite:/home/a/.local/share/modelgate/registry.db");
        assertThat(RegistryLocation.resolve(null, Map.of("HOME", "/home/a", "XDG_DATA_HOME", "rel"))
                        .url())
                .isEqualTo("jdbc:sqlite:/home/a/.local/share/modelgate/registry.db");
    }

    @Test
    void shouldPreferTheOptionOverTheEnvironmentVariable() {
        Map<String, String> environment = Map.of("MODELGATE_REGISTRY", "jdbc:sqlite:/env/team.db", "HOME", "/h");

        assertThat(RegistryLocation.resolve(null, environment).url()).isEqualTo("jdbc:sqlite:/env/team.db");
        assertThat(RegistryLocation.resolve("/flag/mine.db", environment).url()).isEqualTo("jdbc:sqlite:/flag/mine.db");
        assertThat(RegistryLocation.resolve("jdbc:sqlite:file:/q/r.db?journal_mode=WAL", environment)
                        .trail())
                .isEqualTo(Path.of("/q/r.audit.jsonl"));
    }

    @Test
    void shouldKeepPostgresqlBundlesInACacheAndHideThePassword() {
        RegistryLocation location = RegistryLocation.resolve(
                "jdbc:postgresql://db.example:5432/registry?user=ci&password=secret",
                Map.of("HOME", "/h", "XDG_CACHE_HOME", "/cache"));

        assertThat(location.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(location.blobs()).isEqualTo(Path.of("/cache/modelgate/db.example_5432_registry.blobs"));
        assertThat(location.trail())
                .isEqualTo(Path.of("/h/.local/share/modelgate/db.example_5432_registry.audit.jsonl"));
        assertThat(location.display()).isEqualTo("jdbc:postgresql://db.example:5432/registry?user=ci&password=***");
    }

    @Test
    void shouldRefuseOtherDatabases() {
        assertThatThrownBy(() -> RegistryLocation.resolve("jdbc:mysql://x/y", Map.of()))
                .hasMessageContaining("only jdbc:sqlite:FILE and jdbc:postgresql://HOST:PORT/DATABASE");
    }

    @Test
    void shouldNameTheUrlOfARegistryThatDoesNotAnswer() {
        RegistryLocation location = RegistryLocation.resolve(
                "jdbc:postgresql://127.0.0.1:1/registry?password=secret", Map.of("HOME", "/h"));

        assertThatThrownBy(() -> Registry.open(location))
                .isInstanceOf(RegistryException.class)
                .hasMessageStartingWith("registry jdbc:postgresql://127.0.0.1:1/registry?password=*** does not answer")
                .hasMessageNotContaining("secret");
    }
}
