package io.modelgate.registry;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A throw-away PostgreSQL cluster for tests: Debian's {@code initdb} and {@code pg_ctl} start one in a temporary
 * folder on 127.0.0.1 and a free port (as user {@code postgres} when the tests run as root, since PostgreSQL refuses
 * to run as root), once per test run; each test gets a new database. Without the binaries the tests are skipped,
 * unless {@code -Dmodelgate.requirePostgres=true} (CI) makes that a failure. Register with {@code
 * @ExtendWith(PostgresCluster.class)} and take a {@code PostgresCluster} parameter.
 */
public final class PostgresCluster implements BeforeEachCallback, ParameterResolver, AutoCloseable {
    private static final Path DEBIAN = Path.of("/usr/lib/postgresql");
    private static final String USER = "modelgate";

    private final Path folder;
    private final Path bin;
    private final int port;
    private final boolean asPostgres;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresCluster(final Path folder, final Path bin, final int port, final boolean asPostgres) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** Used by JUnit only. */
    public PostgresCluster() {
        this(null, null, 0, false);
    }

    @Override
    public boolean supportsParameter(final ParameterContext parameter, final ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresCluster.class;
    }

    @Override
    public void beforeEach(final ExtensionContext context) {
        cluster(context);
    }

    @Override
    public Object resolveParameter(final ParameterContext parameter, final ExtensionContext context) {
        return cluster(context);
    }

    private static PostgresCluster cluster(final ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.create(PostgresCluster.class))
                .getOrComputeIfAbsent("cluster", key -> start(), PostgresCluster.class);
    }

    /**
     * Creates a new, empty database.
     *
     * @return its JDBC URL
     */
    public String newDatabase() {
        String name = "registry_" + databases.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url("postgres"));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException exception) {
            throw new IllegalStateException("cannot create database " + name, exception);
        }
        return url(name);
    }

    private String url(final String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
    }

    private static PostgresCluster start() {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            String message = "no PostgreSQL binaries under " + DEBIAN + " (Debian package postgresql)";
            if (Boolean.getBoolean("modelgate.requirePostgres")) {
                throw new IllegalStateException(message + ", and -Dmodelgate.requirePostgres=true requires them");
            }
            Assumptions.abort(message + ": PostgreSQL tests skipped");
        }
        try {
            boolean root = "0".equals(run(List.of("id", "-u"), false).strip());
            Path folder = Files.createTempDirectory("modelgate-pg");
            if (root) {
                UserPrincipal postgres =
                        folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(folder, postgres);
            }
            PostgresCluster cluster = new PostgresCluster(folder, bin.get(), freePort(), root);
            cluster.boot();
            return cluster;
        } catch (IOException exception) {
            throw new IllegalStateException("cannot start a PostgreSQL cluster: " + exception.getMessage(), exception);
        }
    }

    private void boot() throws IOException {
        Path data = folder.resolve("data");
        run(command("initdb", "-D", data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C", "-N"));
        run(command(
                "pg_ctl",
                "-D",
                data.toString(),
                "-l",
                folder.resolve("server.log").toString(),
                "-w",
                "-t",
                "60",
                "-o",
                "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100",
                "start"));
    }

    @Override
    public void close() throws IOException {
        try {
            run(command("pg_ctl", "-D", folder.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private List<String> command(final String program, final String... arguments) {
        List<String> command = new ArrayList<>();
        if (asPostgres) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private String run(final List<String> command) throws IOException {
        return run(command, true);
    }

    private static String run(final List<String> command, final boolean check) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output =
                    new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish");
            }
            if (check && process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", exception);
        }
    }

    private static Optional<Path> binaries() {
        if (!Files.isDirectory(DEBIAN)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin ->
                            Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparingDouble(bin -> major(bin.getParent())));
        } catch (IOException exception) {
            return Optional.empty();
        }
    }

    private static double major(final Path version) {
        try {
            return Double.parseDouble(version.getFileName().toString());
        } catch (NumberFormatException exception) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
