package io.modelgate.reproducibility;

import io.modelgate.report.Digests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Collects a {@link Lineage}: hashes the declared files (folders file by file, in sorted order), asks git for the
 * commit and whether the tree is dirty, and records the Java and, when installed, Python versions.
 */
public final class LineageCollector {
    private final Path workdir;

    /**
     * Creates a collector.
     *
     * @param workdir the folder whose git revision is recorded and against which relative paths resolve
     */
    public LineageCollector(final Path workdir) {
        this.workdir = workdir;
    }

    /**
     * Collects the fingerprint.
     *
     * @param inputs the declared inputs: role and path, in order
     * @param command the training command, or empty
     * @param seeds the declared seeds
     * @return the fingerprint
     * @throws IOException when a declared input is missing or unreadable (the message names it)
     */
    public Lineage collect(final List<Map.Entry<String, String>> inputs, final String command, final List<String> seeds)
            throws IOException {
        List<LineageInput> hashed = new ArrayList<>();
        for (Map.Entry<String, String> input : inputs) {
            Path file = workdir.resolve(input.getValue());
            if (!Files.exists(file)) {
                throw new java.nio.file.NoSuchFileException(
                        file.toString(), null, "declared " + input.getKey() + " input does not exist");
            }
            hashed.add(new LineageInput(input.getKey(), input.getValue(), digest(file)));
        }
        String commit = git("rev-parse", "HEAD").strip();
        boolean dirty = !commit.isEmpty()
                && !git("status", "--porcelain", "--untracked-files=no").isBlank();
        return new Lineage(hashed, commit, dirty, command, environment(), seeds);
    }

    static String digest(final Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return Digests.sha256(path);
        }
        MessageDigest digest = Digests.newSha256();
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String line = path.relativize(file).toString().replace('\\', '/') + " " + Digests.sha256(file) + "\n";
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new TreeMap<>();
        environment.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        String python =
                run(List.of("bash", "-c", "command -p python3 --version 2>&1")).strip();
        if (python.startsWith("Python")) {
            environment.put("python", python.substring("Python".length()).strip());
        }
        return environment;
    }

    private String git(final String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", workdir.toString()));
        command.addAll(List.of(arguments));
        return run(command);
    }

    /** Runs a short tool and returns its standard output, or empty when it is missing or fails. */
    private static String run(final List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            process.getErrorStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return "";
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException exception) {
            return "";
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
