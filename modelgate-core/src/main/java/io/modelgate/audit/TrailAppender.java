package io.modelgate.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Appends to a trail whose file lock is held: cuts off a torn last line, chains, signs, writes and forces. */
final class TrailAppender implements AuditTrail.Appender {
    private final AuditTrail trail;
    private final FileChannel channel;
    private final PrivateKey signer;

    TrailAppender(final AuditTrail trail, final FileChannel channel, final PrivateKey signer) {
        this.trail = trail;
        this.channel = channel;
        this.signer = signer;
    }

    @Override
    public AuditEntry append(
            final String actor, final String action, final String subject, final Map<String, String> details)
            throws IOException {
        long end = completeLength();
        channel.truncate(end);
        AuditEntry last = lastEntry(end);
        AuditEntry entry = AuditEntry.chained(
                last == null ? 1 : last.seq() + 1,
                Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                actor,
                action,
                subject,
                details,
                last == null ? AuditEntry.GENESIS : last.hash());
        if (signer != null) {
            entry = entry.withSignature(AuditSignatures.sign(signer, entry.content()));
        }
        ByteBuffer bytes = ByteBuffer.wrap((entry.toLine() + "\n").getBytes(StandardCharsets.UTF_8));
        long position = end;
        while (bytes.hasRemaining()) {
            position += channel.write(bytes, position);
        }
        channel.force(true);
        return entry;
    }

    @Override
    public List<AuditEntry> entries() throws IOException {
        return trail.entries();
    }

    /** The length of the file up to and including its last line break. */
    private long completeLength() throws IOException {
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

    private AuditEntry lastEntry(final long end) throws IOException {
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
