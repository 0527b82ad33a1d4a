package io.modelgate.registry;

/** The two databases the registry runs on, and what differs between them. */
public enum Dialect {
    /** An embedded SQLite file: the default, one machine. */
    SQLITE("jdbc:sqlite:", "db/migration/sqlite", ""),
    /** PostgreSQL: team mode, many machines. */
    POSTGRESQL("jdbc:postgresql:", "db/migration/postgresql", " FOR UPDATE");

    private final String prefix;
    private final String migrations;
    private final String lockSuffix;

    Dialect(final String prefix, final String migrations, final String lockSuffix) {
        this.prefix = prefix;
        this.migrations = migrations;
        this.lockSuffix = lockSuffix;
    }

    /**
     * Finds the dialect of a JDBC URL.
     *
     * @param url the URL
     * @return its dialect
     * @throws IllegalArgumentException for any other database
     */
    public static Dialect of(final String url) {
        for (Dialect dialect : values()) {
            if (url.startsWith(dialect.prefix)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("registry '" + url + "': only jdbc:sqlite:FILE and"
                + " jdbc:postgresql://HOST:PORT/DATABASE are supported");
    }

    String prefix() {
        return prefix;
    }

    String migrations() {
        return "classpath:" + migrations;
    }

    /**
     * The statement that reads the chain head and, on PostgreSQL, locks it until the transaction ends. SQLite needs
     * no row lock: its transactions begin IMMEDIATE, so a writer holds the database's write lock from the start.
     */
    String lockChainHead() {
        return "SELECT seq, hash FROM chain_head WHERE id = 1" + lockSuffix;
    }
}
