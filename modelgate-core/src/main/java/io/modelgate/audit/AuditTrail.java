package io.modelgate.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An append-only, hash-chained audit trail in a JSON Lines file. Appends take an exclusive file lock (and a lock per trail within
 * the process), so several processes and threads can append to one trail, and are forced to disk before the lock is released. A last line without a line
 * break is a write that a crash cut off: the next append removes it (it was never completed, so nothing recorded is
 * lost) and verification reports it as {@link AuditProblem.Kind#TORN}, distinct from tampering.
 */
public final class AuditTrail {
    /** File locks are held by the whole JVM, so threads of one process also take a lock per trail. */
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;

    /**
     * Opens a trail; the file is created by the first append.
     *
     * @param file the JSON Lines file
     */
    public AuditTrail(final Path file) {
        this.file = file;
    }

    /** @return the trail's file */
    public Path file() {
        return file;
    }

    /**
     * Appends an entry chained to the last one.
     *
     * @param actor who
     * @param action what
     * @param subject about what
     * @param details further facts
     * @return the entry written
     * @throws IOException when the trail cannot be read or written, or its last complete entry is unreadable
     */
    public AuditEntry append(
            final String actor, final String action, final String subject, final Map<String, String> details)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), key -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            long end = completeLength(channel);
            channel.truncate(end);
            AuditEntry last = lastEntry(channel, end);
            AuditEntry entry = AuditEntry.chained(
                    last == null ? 1 : last.seq() + 1,
                    Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                    actor,
                    action,
                    subject,
                    details,
                    last == null ? AuditEntry.GENESIS : last.hash());
            ByteBuffer bytes = ByteBuffer.wrap((entry.toLine() + "\n").getBytes(StandardCharsets.UTF_8));
            channel.position(end);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
            return entry;
        } finally {
            local.unlock();
        }
    }

    /**
     * Verifies the whole trail.
     *
     * @return every problem found, empty when the chain is intact
     * @throws IOException when the file cannot be read
     */
    public List<AuditProblem> verify() throws IOException {
        List<AuditProblem> problems = new ArrayList<>();
        if (!Files.exists(file)) {
            return problems;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        String prev = AuditEntry.GENESIS;
        long expectedSeq = 1;
        for (int i = 0; i < lines.length; i++) {
            boolean last = i == lines.length - 1;
            if (last && lines[i].isEmpty()) {
                break;
            }
            if (last) {
                problems.add(new AuditProblem(
                        i + 1,
                        0,
                        AuditProblem.Kind.TORN,
                        "line " + (i + 1) + " has no line break: a write was cut off, the next append removes it"));
                break;
            }
            AuditEntry entry;
            try {
                entry = AuditEntry.fromLine(lines[i]);
            } catch (JsonProcessingException exception) {
                problems.add(new AuditProblem(
                        i + 1,
                        0,
                        AuditProblem.Kind.UNREADABLE,
                        "line " + (i + 1) + " is not an audit entry: " + exception.getOriginalMessage()));
                continue;
            }
            if (!entry.computeHash().equals(entry.hash())) {
                problems.add(new AuditProblem(
                        i + 1,
                        entry.seq(),
                        AuditProblem.Kind.EDITED,
                        "entry " + entry.seq() + " (line " + (i + 1)
                                + ") was edited: its content no longer matches its hash"));
            }
            if (!entry.prev().equals(prev) || entry.seq() != expectedSeq) {
                problems.add(new AuditProblem(
                        i + 1,
                        entry.seq(),
                        AuditProblem.Kind.BROKEN_CHAIN,
                        "entry "
                                + entry.seq() + " (line " + (i + 1) + ") does not follow entry " + (expectedSeq - 1)
                                + ": an entry before it was deleted, inserted or reordered"));
            }
            prev = entry.hash();
            expectedSeq = entry.seq() + 1;
        }
        return problems;
    }

    /**
     * Reads every complete entry.
     *
     * @return the entries in order
     * @throws IOException when the file cannot be read or an entry is unreadable
     */
    public List<AuditEntry> entries() throws IOException {
        List<AuditEntry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        for (String line : text.substring(0, end + 1).split("\n")) {
            if (!line.isEmpty()) {
                entries.add(AuditEntry.fromLine(line));
            }
        }
        return entries;
    }

    /** The length of the file up to and including its last line break. */
    private static long completeLength(final FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer one = ByteBuffer.allocate(1);
        for (long position = size - 1; position >= 0; position--) {
            one.clear();
            channel.read(one, position);
            if (one.get(0) == '\n') {
                return position + 1;
            }
        }
        return 0;
    }

    private static AuditEntry lastEntry(final FileChannel channel, final long end) throws IOException {
        if (end == 0) {
            return null;
        }
        long start = end - 1;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (start > 0) {
            one.clear();
            channel.read(one, start - 1);
            if (one.get(0) == '\n') {
                break;
            }
            start--;
        }
        ByteBuffer line = ByteBuffer.allocate((int) (end - 1 - start));
        channel.read(line, start);
        return AuditEntry.fromLine(new String(line.array(), StandardCharsets.UTF_8));
    }
}
