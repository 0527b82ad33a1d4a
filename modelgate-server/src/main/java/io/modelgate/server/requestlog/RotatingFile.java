package io.modelgate.server.requestlog;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The request log's files: lines go to {@code requests.jsonl}; when it reaches the size limit or the age limit, it
 * is closed and becomes {@code requests-<yyyyMMdd-HHmmss, UTC, when it was opened>-<n>.jsonl} (or, gzipped,
 * {@code .jsonl.gz}; a rotated name always holds a complete file), the names the monitoring reader lists; {@code n}
 * grows with every rotation of the process, so the opening time and then {@code n} order the files. Only the newest
 * rotated files are kept. Closing rotates the current file too.
 * Used by one thread only.
 */
final class RotatingFile implements AutoCloseable {
    static final String ACTIVE = "requests.jsonl";
    private static final Pattern ROTATED = Pattern.compile("requests-(\\d{8}-\\d{6})-(\\d+)\\.jsonl(\\.gz)?");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final RequestLogOptions options;
    private final Clock clock;
    private final Path active;
    private OutputStream out;
    private long bytes;
    private Instant opened;
    private int sequence;

    RotatingFile(final RequestLogOptions options, final Clock clock) throws IOException {
        this.options = options;
        this.clock = clock;
        Files.createDirectories(options.folder());
        this.active = options.folder().resolve(ACTIVE);
        if (Files.exists(active) && Files.size(active) > 0) {
            // A previous run's file: rotate it so that this run starts a new one with a known age.
            opened = Files.getLastModifiedTime(active).toInstant();
            rotate();
        }
        open();
    }

    private void open() throws IOException {
        out = new BufferedOutputStream(
                Files.newOutputStream(active, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING),
                1 << 16);
        bytes = 0;
        opened = clock.instant();
    }

    void write(final byte[] line) throws IOException {
        if (bytes > 0 && (bytes + line.length > options.maxBytes() || isOld())) {
            out.close();
            rotate();
            open();
        }
        out.write(line);
        bytes += line.length;
    }

    /** Rotates a non-empty file that has grown old while the service was idle, and flushes. */
    void tick() throws IOException {
        if (bytes > 0 && isOld()) {
            out.close();
            rotate();
            open();
        }
        out.flush();
    }

    private boolean isOld() {
        return !clock.instant().isBefore(opened.plus(options.maxAge()));
    }

    private void rotate() throws IOException {
        String stamp = STAMP.format(opened);
        Path target;
        do {
            target = options.folder()
                    .resolve("requests-" + stamp + "-" + ++sequence + ".jsonl" + (options.gzip() ? ".gz" : ""));
        } while (Files.exists(target));
        if (options.gzip()) {
            compress(active, target);
            Files.delete(active);
        } else {
            Files.move(active, target, StandardCopyOption.ATOMIC_MOVE);
        }
        prune();
    }

    /** Compresses into a partial file first, so that a rotated name always holds a complete file. */
    private static void compress(final Path file, final Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (InputStream in = Files.newInputStream(file);
                OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            in.transferTo(gzip);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private void prune() throws IOException {
        List<Path> rotated;
        try (Stream<Path> files = Files.list(options.folder())) {
            rotated = files.filter(RotatingFile::isRotated).sorted(byAge()).toList();
        }
        for (int i = 0; i < rotated.size() - options.keepFiles(); i++) {
            Files.deleteIfExists(rotated.get(i));
        }
    }

    static boolean isRotated(final Path file) {
        return ROTATED.matcher(file.getFileName().toString()).matches();
    }

    /** Orders rotated files by their opening time, then their counter. */
    static Comparator<Path> byAge() {
        return Comparator.comparing((Path file) -> group(file, 1))
                .thenComparingLong(file -> Long.parseLong(group(file, 2)));
    }

    private static String group(final Path file, final int group) {
        Matcher name = ROTATED.matcher(file.getFileName().toString());
        return name.matches() ? name.group(group) : "";
    }

    /** Closes the file and rotates it when it holds lines, so that after a shutdown every line is in a rotated file. */
    @Override
    public void close() throws IOException {
        out.close();
        if (bytes > 0) {
            rotate();
        } else {
            Files.deleteIfExists(active);
        }
    }
}
