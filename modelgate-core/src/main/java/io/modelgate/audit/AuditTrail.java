package io.modelgate.audit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An append-only, hash-chained audit trail in a JSON Lines file. Appends take an exclusive file lock (and a lock per
 * trail within the process), so several processes and threads can append to one trail, and are forced to disk before
 * the lock is released. A last line without a line break is a write that a crash cut off: the next append removes it
 * (it was never completed, so nothing recorded is lost) and verification reports it as {@link AuditProblem.Kind#TORN},
 * distinct from tampering. With a signing key every entry also carries an Ed25519 signature.
 */
public final class AuditTrail {
    /** File locks are held by the whole JVM, so threads of one process also take a lock per trail. */
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;
    private final PrivateKey signer;

    /**
     * Opens a trail; the file is created by the first append.
     *
     * @param file the JSON Lines file
     */
    public AuditTrail(final Path file) {
        this(file, null);
    }

    private AuditTrail(final Path file, final PrivateKey signer) {
        this.file = file;
        this.signer = signer;
    }

    /**
     * Returns this trail with entries signed from now on.
     *
     * @param key the Ed25519 private key, see {@link AuditSignatures#readPrivateKey(Path)}
     * @return a trail on the same file that signs what it appends
     */
    public AuditTrail withSigner(final PrivateKey key) {
        return new AuditTrail(file, key);
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
        return locked(appender -> appender.append(actor, action, subject, details));
    }

    /**
     * Runs work while holding the trail's lock, so that nobody else appends in between: what the work reads with
     * {@link Appender#entries()} is still the end of the trail when it appends. The registry uses this to record
     * changes that a crash left unrecorded exactly once.
     *
     * @param work what to do under the lock
     * @param <T> what the work returns
     * @return what the work returned
     * @throws IOException when the trail cannot be read or written
     */
    public <T> T locked(final Locked<T> work) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), key -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            return work.run(new TrailAppender(this, channel, signer));
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
        return verify(null);
    }

    /**
     * Verifies the whole trail and, with a key, that every entry carries a valid signature.
     *
     * @param key the public key the entries must be signed with, or {@code null} to check the chain only
     * @return every problem found, empty when the chain is intact (and every entry signed)
     * @throws IOException when the file cannot be read
     */
    public List<AuditProblem> verify(final PublicKey key) throws IOException {
        TrailLines lines = TrailLines.read(file);
        List<AuditProblem> problems = new ArrayList<>(lines.unreadable());
        problems.addAll(ChainAnalysis.analyse(lines.entries()));
        if (key != null) {
            for (NumberedEntry numbered : lines.entries()) {
                AuditEntry entry = numbered.entry();
                if (!entry.isSigned()) {
                    problems.add(problem(numbered, AuditProblem.Kind.UNSIGNED, " carries no signature"));
                } else if (!AuditSignatures.isValid(key, entry.content(), entry.signature())) {
                    problems.add(problem(
                            numbered, AuditProblem.Kind.BAD_SIGNATURE, " has a signature that does not match it"));
                }
            }
        }
        problems.sort(java.util.Comparator.comparingLong(AuditProblem::line));
        lines.torn().ifPresent(problems::add);
        return problems;
    }

    /**
     * Reads every complete entry.
     *
     * @return the entries in order
     * @throws IOException when the file cannot be read or an entry is unreadable
     */
    public List<AuditEntry> entries() throws IOException {
        TrailLines lines = TrailLines.read(file);
        if (!lines.unreadable().isEmpty()) {
            throw new IOException(file + ": " + lines.unreadable().get(0).message());
        }
        return lines.entries().stream().map(NumberedEntry::entry).toList();
    }

    private static AuditProblem problem(final NumberedEntry numbered, final AuditProblem.Kind kind, final String what) {
        return new AuditProblem(numbered.line(), numbered.seq(), kind, numbered.describe() + what);
    }

    /**
     * Work done while holding the trail's lock.
     *
     * @param <T> what the work returns
     */
    @FunctionalInterface
    public interface Locked<T> {
        /**
         * Does the work.
         *
         * @param appender appends to and reads the locked trail
         * @return the work's result
         * @throws IOException when the trail cannot be read or written
         */
        T run(Appender appender) throws IOException;
    }

    /** Appends to a trail whose lock is held. */
    public interface Appender {
        /**
         * Appends an entry chained to the last one and forces it to disk.
         *
         * @param actor who
         * @param action what
         * @param subject about what
         * @param details further facts
         * @return the entry written
         * @throws IOException when the trail cannot be written
         */
        AuditEntry append(String actor, String action, String subject, Map<String, String> details) throws IOException;

        /**
         * Reads every complete entry.
         *
         * @return the entries in order
         * @throws IOException when the trail cannot be read
         */
        List<AuditEntry> entries() throws IOException;
    }
}
