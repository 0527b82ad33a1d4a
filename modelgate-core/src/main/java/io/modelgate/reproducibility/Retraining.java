package io.modelgate.reproducibility;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a training command once in a clean copy of its working directory, in a temporary directory that is always
 * removed afterwards; keeps the rebuilt model and the command's standard output and error in a log folder.
 */
public final class Retraining {
    private static final Set<String> NOT_COPIED = Set.of(".git", "target", "modelgate-evidence");

    private Retraining() {}

    /**
     * Runs the command.
     *
     * @param command the command
     * @param run the run's number, from 1, used in file names
     * @param logs the folder that receives {@code reproduce-run-N.pmml}, {@code .stdout.log} and {@code .stderr.log}
     * @return the rebuilt model, moved into the log folder
     * @throws RetrainException when the command fails, times out or writes no model (the message names the logs)
     * @throws IOException when files cannot be copied or written
     */
    public static Path run(final RetrainCommand command, final int run, final Path logs) throws IOException {
        Files.createDirectories(logs);
        Path stdout = logs.resolve("reproduce-run-" + run + ".stdout.log");
        Path stderr = logs.resolve("reproduce-run-" + run + ".stderr.log");
        Path temp = Files.createTempDirectory("modelgate-reproduce-");
        try {
            Path work = temp.resolve("work");
            copy(command.workdir(), work, logs);
            Path output = temp.resolve("output").resolve("model.pmml");
            Files.createDirectories(output.getParent());
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", command.commandLine(output))
                    .directory(work.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            builder.environment().put(RetrainCommand.OUTPUT_VARIABLE, output.toString());
            execute(builder, command, run, stderr);
            if (!Files.isRegularFile(output) || Files.size(output) == 0) {
                throw new RetrainException("run " + run + " of '" + command.command() + "' wrote no model to "
                        + RetrainCommand.OUTPUT_VARIABLE + " (" + RetrainCommand.OUTPUT_PLACEHOLDER
                        + "); its output is in " + stdout + " and " + stderr);
            }
            Path model = logs.resolve("reproduce-run-" + run + ".pmml");
            Files.move(output, model, StandardCopyOption.REPLACE_EXISTING);
            return model;
        } finally {
            delete(temp);
        }
    }

    private static void execute(
            final ProcessBuilder builder, final RetrainCommand command, final int run, final Path stderr)
            throws IOException {
        Process process = builder.start();
        try {
            if (!process.waitFor(command.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new RetrainException("run " + run + " of '" + command.command() + "' timed out after "
                        + command.timeout() + "; its output is in " + stderr.getParent());
            }
        } catch (InterruptedException exception) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new RetrainException("run " + run + " was interrupted");
        }
        if (process.exitValue() != 0) {
            throw new RetrainException("run " + run + " of '" + command.command() + "' failed with exit code "
                    + process.exitValue() + "; its error output is in " + stderr + lastLines(stderr));
        }
    }

    private static void kill(final Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
        }
    }

    private static String lastLines(final Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty()) {
            return "";
        }
        return ":\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }

    private static void copy(final Path from, final Path to, final Path logs) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new RetrainException("the working directory " + from + " does not exist");
        }
        Path skip = logs.toAbsolutePath().normalize();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(final Path dir, final BasicFileAttributes attributes)
                    throws IOException {
                boolean excluded = !dir.equals(from)
                        && (NOT_COPIED.contains(dir.getFileName().toString())
                                || dir.toAbsolutePath().normalize().equals(skip));
                if (excluded) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(final Path file, final BasicFileAttributes attributes) throws IOException {
                Files.copy(
                        file,
                        to.resolve(from.relativize(file).toString()),
                        LinkOption.NOFOLLOW_LINKS,
                        StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void delete(final Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
