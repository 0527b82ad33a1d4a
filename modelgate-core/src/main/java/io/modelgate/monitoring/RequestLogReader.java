package io.modelgate.monitoring;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams the entries of a rotated request log, file after file in the order they were written, in constant memory:
 * one reusable line buffer and a few batches of reusable entries; this thread reads and parses while one worker thread
 * feeds the consumer, in order ({@link EntryPipeline}). Gzip-compressed files are read as they are. Lines before
 * {@code since} are skipped, and so are whole files opened before the next file that was itself opened no later than
 * {@code since} (file names carry the UTC time a file was opened). Corrupt lines are counted, not fatal; the newest
 * file's last line, when it has no line break yet or its gzip stream ends early, is still being written and is
 * skipped.
 */
public final class RequestLogReader {
    private final Path directory;
    private final List<String> columns;
    private long since = Long.MIN_VALUE;

    /**
     * Prepares a reader.
     *
     * @param directory the log folder
     * @param inputColumns the input fields to keep, in the order {@link LogEntry#input(int)} numbers them
     */
    public RequestLogReader(final Path directory, final List<String> inputColumns) {
        this.directory = directory;
        this.columns = List.copyOf(inputColumns);
    }

    /**
     * Skips entries older than a time.
     *
     * @param epochMillis the earliest timestamp kept
     * @return this reader
     */
    public RequestLogReader since(final long epochMillis) {
        this.since = epochMillis;
        return this;
    }

    /**
     * Reads the log.
     *
     * @param consumer receives every valid entry at or after {@code since}, in order, on one worker thread; the entry is
     *     reused afterwards
     * @return what the pass found
     * @throws IOException when a file cannot be read
     */
    public LogHealth read(final Consumer<LogEntry> consumer) throws IOException {
        List<Path> files = LogFiles.list(directory);
        LogHealth health = new LogHealth();
        LogLineParser parser = new LogLineParser(columns);
        EntryPipeline pipeline = new EntryPipeline(columns.size(), consumer);
        try {
            for (int i = 0; i < files.size(); i++) {
                if (i + 1 < files.size() && LogFiles.openedAt(files.get(i + 1)) <= since) {
                    health.skippedFile();
                    continue;
                }
                health.file();
                readFile(files.get(i), i == files.size() - 1, parser, pipeline, health);
            }
        } finally {
            pipeline.finish();
        }
        return health;
    }

    private void readFile(
            final Path file,
            final boolean newest,
            final LogLineParser parser,
            final EntryPipeline pipeline,
            final LogHealth health)
            throws IOException {
        String name = file.getFileName().toString();
        long line = 0;
        try (InputStream in = open(file)) {
            LogLines lines = new LogLines(in);
            while (lines.next()) {
                line++;
                if (lines.length() == 0 && lines.isTerminated()) {
                    continue;
                }
                health.line();
                if (newest && !lines.isTerminated()) {
                    health.skipPartial();
                    continue;
                }
                LogEntry entry = pipeline.slot();
                String problem = parser.parse(lines.bytes(), lines.offset(), lines.length(), entry);
                if (problem != null) {
                    health.corrupt(name, line, problem);
                } else if (entry.timestamp < since) {
                    health.beforeSince();
                } else {
                    entry.file = name;
                    entry.line = line;
                    health.entry();
                    pipeline.commit();
                }
            }
        } catch (EOFException | ZipException exception) {
            // A gzip stream that ends early: the file is being written (newest) or was cut short.
            health.line();
            if (newest) {
                health.skipPartial();
            } else {
                health.corrupt(name, line + 1, "compressed stream cut short: " + exception.getMessage());
            }
        }
    }

    private static InputStream open(final Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        return LogFiles.isGzip(file) ? new GZIPInputStream(raw, 1 << 16) : new BufferedInputStream(raw, 1 << 16);
    }
}
