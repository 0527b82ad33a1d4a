package io.modelgate.registry;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a registry lives: its JDBC URL, the folder of its stored bundles and its audit trail. Chosen by the {@code
 * --registry} option, else the environment variable {@value #ENVIRONMENT}, else the per-user SQLite file {@code
 * ${XDG_DATA_HOME:-~/.local/share}/modelgate/registry.db}. Next to a SQLite file {@code NAME.db} are {@code
 * NAME.blobs/} and {@code NAME.audit.jsonl}; PostgreSQL keeps bundles in the database and caches them under {@code
 * ${XDG_CACHE_HOME:-~/.cache}/modelgate/}, with the trail under the data folder.
 *
 * @param url the JDBC URL
 * @param dialect its database
 * @param blobs the folder of stored (SQLite) or cached (PostgreSQL) bundles
 * @param trail the audit trail that records the registry's changes
 */
public record RegistryLocation(String url, Dialect dialect, Path blobs, Path trail) {
    /** The environment variable naming the registry. */
    public static final String ENVIRONMENT = "MODELGATE_REGISTRY";

    /**
     * Resolves the registry to use.
     *
     * @param option the {@code --registry} value (a JDBC URL or a SQLite file), or {@code null}
     * @param environment the environment, e.g. {@code System.getenv()}
     * @return the location
     */
    public static RegistryLocation resolve(final String option, final Map<String, String> environment) {
        String chosen = option != null && !option.isBlank() ? option : environment.get(ENVIRONMENT);
        if (chosen == null || chosen.isBlank()) {
            return sqlite(home(environment, "XDG_DATA_HOME", ".local/share").resolve("modelgate/registry.db"));
        }
        if (!chosen.startsWith("jdbc:")) {
            return sqlite(Path.of(chosen));
        }
        Dialect dialect = Dialect.of(chosen);
        if (dialect == Dialect.SQLITE) {
            String path = chosen.substring(dialect.prefix().length()).replaceFirst("^file:", "");
            int query = path.indexOf('?');
            return sqlite(Path.of(query < 0 ? path : path.substring(0, query)));
        }
        String key = chosen.substring(dialect.prefix().length())
                .replaceFirst("\\?.*$", "")
                .replaceAll("[^A-Za-z0-9.-]+", "_")
                .replaceAll("^_+", "");
        return new RegistryLocation(
                chosen,
                dialect,
                home(environment, "XDG_CACHE_HOME", ".cache").resolve("modelgate/" + key + ".blobs"),
                home(environment, "XDG_DATA_HOME", ".local/share").resolve("modelgate/" + key + ".audit.jsonl"));
    }

    /**
     * The location of a SQLite registry file.
     *
     * @param file the database file
     * @return its location, with the bundles and the trail next to it
     */
    public static RegistryLocation sqlite(final Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return new RegistryLocation(
                Dialect.SQLITE.prefix() + absolute,
                Dialect.SQLITE,
                absolute.resolveSibling(stem + ".blobs"),
                absolute.resolveSibling(stem + ".audit.jsonl"));
    }

    /** @return the URL without a password, for messages */
    public String display() {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static Path home(final Map<String, String> environment, final String variable, final String fallback) {
        String value = environment.get(variable);
        if (value != null && !value.isBlank() && Path.of(value).isAbsolute()) {
            return Path.of(value);
        }
        String user = environment.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(user).resolve(fallback);
    }
}
