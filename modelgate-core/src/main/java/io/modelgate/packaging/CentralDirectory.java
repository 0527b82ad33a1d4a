package io.modelgate.packaging;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A zip's central directory (APPNOTE 6.3.10 §4.3.12, §4.3.16), read without trusting it: one end record at the very
 * end (no trailing bytes, no ZIP64, one disk), and entries whose local headers lie back to back from the first byte
 * to the directory — each local header names the same entry as its directory record, and its data plus data
 * descriptor end exactly where the next local header begins. A streaming reader, which follows the local headers,
 * and a reader that follows the directory therefore find the same entries at the same bytes.
 */
final class CentralDirectory {
    private static final int END = 0x06054b50;
    private static final int HEADER = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    private static final int DESCRIPTOR = 0x08074b50;
    private static final int END_SIZE = 22;
    private static final long UNSIGNED_INT = 0xffffffffL;

    private CentralDirectory() {}

    /**
     * One directory record.
     *
     * @param name the entry's name
     * @param method the compression method (0 stored, 8 deflated)
     * @param crc the CRC-32 of the inflated bytes
     * @param compressedSize the bytes stored
     * @param size the inflated bytes
     */
    record Entry(String name, int method, long crc, long compressedSize, long size) {}

    static List<Entry> read(final byte[] zip, final String source) throws BundleException {
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEnd(bytes, source);
        int count = Short.toUnsignedInt(bytes.getShort(end + 10));
        long size = Integer.toUnsignedLong(bytes.getInt(end + 12));
        long offset = Integer.toUnsignedLong(bytes.getInt(end + 16));
        if (bytes.getShort(end + 4) != 0
                || bytes.getShort(end + 6) != 0
                || bytes.getShort(end + 8) != count
                || count == 0xffff
                || offset == UNSIGNED_INT) {
            throw new BundleException(source + ": a multi-disk or ZIP64 zip is not a bundle");
        }
        if (offset + size != end) {
            throw new BundleException(source + ": the central directory does not end where its end record begins");
        }
        if (count > SafeZip.MAX_ENTRIES) {
            throw new BundleException(source + ": more than " + SafeZip.MAX_ENTRIES + " entries");
        }
        List<Entry> entries = new ArrayList<>();
        long local = 0;
        int at = (int) offset;
        for (int i = 0; i < count; i++) {
            if (at + 46 > end || bytes.getInt(at) != HEADER) {
                throw new BundleException(source + ": the central directory's record " + i + " is damaged");
            }
            int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
            int skip = Short.toUnsignedInt(bytes.getShort(at + 30)) + Short.toUnsignedInt(bytes.getShort(at + 32));
            if (at + 46 + nameLength + skip > end) {
                throw new BundleException(source + ": the central directory's record " + i + " is damaged");
            }
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            int flags = Short.toUnsignedInt(bytes.getShort(at + 8));
            Entry entry = new Entry(
                    name,
                    Short.toUnsignedInt(bytes.getShort(at + 10)),
                    Integer.toUnsignedLong(bytes.getInt(at + 16)),
                    Integer.toUnsignedLong(bytes.getInt(at + 20)),
                    Integer.toUnsignedLong(bytes.getInt(at + 24)));
            long header = Integer.toUnsignedLong(bytes.getInt(at + 42));
            if (header != local) {
                throw new BundleException(source + ": the entry " + name + " has its local header at byte " + header
                        + ", not at byte " + local
                        + (entries.isEmpty()
                                ? ""
                                : " where the entry "
                                        + entries.get(entries.size() - 1).name() + " ends by its listed sizes"));
            }
            local = followLocal(bytes, source, entry, (int) header, (flags & 8) != 0, offset);
            entries.add(entry);
            at += 46 + nameLength + skip;
        }
        if (local != offset) {
            throw new BundleException(source + ": " + unlisted(bytes, (int) local, offset)
                    + " between the last listed entry and the central directory is not in the central directory");
        }
        return entries;
    }

    private static String unlisted(final ByteBuffer bytes, final int at, final long directory) {
        if (at + 30 <= directory && bytes.getInt(at) == LOCAL) {
            int nameLength = Short.toUnsignedInt(bytes.getShort(at + 26));
            if (at + 30 + nameLength <= directory) {
                return "the entry " + new String(bytes.array(), at + 30, nameLength, StandardCharsets.UTF_8);
            }
        }
        return "what lies at byte " + at;
    }

    private static int findEnd(final ByteBuffer bytes, final String source) throws BundleException {
        int last = bytes.limit() - END_SIZE;
        for (int at = last; at >= 0 && at >= last - 0xffff; at--) {
            if (bytes.getInt(at) == END) {
                if (at + END_SIZE + Short.toUnsignedInt(bytes.getShort(at + 20)) != bytes.limit()) {
                    throw new BundleException(source + ": bytes follow the zip's end record");
                }
                return at;
            }
        }
        throw new BundleException(source + ": not a valid zip (no end of central directory record)");
    }

    /** Checks the local header at {@code at} names the entry; returns where the next local header must begin. */
    private static long followLocal(
            final ByteBuffer bytes,
            final String source,
            final Entry entry,
            final int at,
            final boolean descriptor,
            final long directory)
            throws BundleException {
        if (at + 30 > directory || bytes.getInt(at) != LOCAL) {
            throw new BundleException(source + ": the entry " + entry.name() + " has no local header at byte " + at);
        }
        int nameLength = Short.toUnsignedInt(bytes.getShort(at + 26));
        int extra = Short.toUnsignedInt(bytes.getShort(at + 28));
        String name = at + 30 + nameLength > directory
                ? ""
                : new String(bytes.array(), at + 30, nameLength, StandardCharsets.UTF_8);
        if (!name.equals(entry.name())) {
            throw new BundleException(source + ": the central directory names the entry " + entry.name()
                    + " where the local header names " + name);
        }
        long next = (long) at + 30 + nameLength + extra + entry.compressedSize();
        if (descriptor) {
            next += next + 4 <= directory && bytes.getInt((int) next) == DESCRIPTOR ? 16 : 12;
        }
        if (next > directory) {
            throw new BundleException(source + ": the entry " + entry.name() + " extends into the central directory");
        }
        return next;
    }
}
