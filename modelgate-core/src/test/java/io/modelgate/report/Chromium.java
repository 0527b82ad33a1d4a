package io.modelgate.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs headless Chromium once per call with the flags this closed network needs, a fresh profile folder, and a
 * time limit after which the browser and its children are killed.
 */
final class Chromium {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final long TIMEOUT_SECONDS = 90;

    private final Path executable;
    private final Path workFolder;
    private final long timeoutSeconds;

    Chromium(final Path executable, final Path workFolder, final long timeoutSeconds) {
        this.executable = executable;
        this.workFolder = workFolder;
        this.timeoutSeconds = timeoutSeconds;
    }

    /**
     * Finds the browser: {@code $CHROMIUM} when set, else the Debian paths.
     *
     * @param workFolder where profiles and output go
     * @return the browser, or empty when it is not installed
     */
    static Optional<Chromium> find(final Path workFolder) {
        String configured = System.getenv("CHROMIUM");
        List<String> paths = configured == null ? CANDIDATES : List.of(configured);
        return paths.stream()
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .map(path -> new Chromium(path, workFolder, TIMEOUT_SECONDS));
    }

    /**
     * Loads a page and returns the DOM after loading, together with the browser log.
     *
     * @param page the HTML file
     * @return standard output (the DOM) and standard error (the log, console messages included)
     */
    Run dumpDom(final Path page) throws IOException, InterruptedException {
        return run(
                "--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString());
    }

    /**
     * Loads a page and saves a screenshot of it.
     *
     * @param page the HTML file
     * @param png the screenshot to write
     * @param width the window's width in pixels
     * @param height the window's height in pixels
     */
    Run screenshot(final Path page, final Path png, final int width, final int height)
            throws IOException, InterruptedException {
        return run(
                "--hide-scrollbars",
                "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath(),
                page.toUri().toString());
    }

    private Run run(final String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workFolder, "profile");
        Path out = Files.createTempFile(workFolder, "chromium", ".out");
        Path err = Files.createTempFile(workFolder, "chromium", ".err");
        List<String> command = new ArrayList<>(List.of(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("Chromium did not finish within " + timeoutSeconds + " s and was killed: "
                    + String.join(" ", command));
        }
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * What one browser run produced.
     *
     * @param exitCode the process's exit code
     * @param out its standard output
     * @param log its standard error
     */
    record Run(int exitCode, String out, String log) {
        /** @return the browser log's console lines: messages, errors and uncaught exceptions of the page */
        List<String> consoleMessages() {
            return log.lines().filter(line -> line.contains(":CONSOLE")).toList();
        }
    }
}
