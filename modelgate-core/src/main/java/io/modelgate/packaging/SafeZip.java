package io.modelgate.packaging;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a bundle's entries from its bytes without trusting the zip. Refuses names that could escape a folder or
 * mislead a reader (zip slip: {@code .} and {@code ..} segments, absolute paths, backslashes, drive letters, control
 * characters), duplicate names, folders and more than {@value #MAX_ENTRIES} entries; refuses zip bombs — an entry
 * larger than {@value #MAX_ENTRY_BYTES} bytes, all entries together larger than {@value #MAX_TOTAL_BYTES}, an entry
 * that expands more than {@value #MAX_RATIO} times its own compressed size past the first MiB (counted on the bytes
 * actually inflated, not on the headers); and refuses a zip whose central directory tells another story than its
 * local headers (other names, order, count, sizes or CRC-32), so that every zip reader sees the entries verified.
 */
final class SafeZip {
    static final int MAX_ENTRIES = 64;
    static final long MAX_ENTRY_BYTES = 1L << 30;
    static final long MAX_TOTAL_BYTES = 2L << 30;
    static final long MAX_RATIO = 200;
    private static final long SMALL = 1L << 20;

    private SafeZip() {}

    /**
     * Reads the entries.
     *
     * @param zip the zip's bytes
     * @param source what messages call the zip (its file name)
     * @return the entries by name, in the zip's order
     * @throws BundleException when the zip is hostile, inconsistent or not a zip; the message names the entry
     */
    static Map<String, byte[]> read(final byte[] zip, final String source) throws BundleException {
        List<CentralDirectory.Entry> directory = CentralDirectory.read(zip, source);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                checkName(source, name);
                if (entries.containsKey(name)) {
                    throw new BundleException(source + ": the entry " + name + " appears twice");
                }
                if (entries.size() == MAX_ENTRIES) {
                    throw new BundleException(source + ": more than " + MAX_ENTRIES + " entries");
                }
                if (entries.size() == directory.size()) {
                    throw new BundleException(
                            source + ": the entry " + name + " has a local header but is not in the central directory");
                }
                CentralDirectory.Entry listed = directory.get(entries.size());
                if (!listed.name().equals(name)) {
                    throw new BundleException(source + ": the local header names the entry " + name
                            + " where the central directory names " + listed.name());
                }
                byte[] bytes = inflate(source, listed, in, MAX_TOTAL_BYTES - total);
                crossCheck(source, listed, entry, bytes);
                total += bytes.length;
                entries.put(name, bytes);
            }
        } catch (ZipException exception) {
            throw new BundleException(source + ": not a valid zip (" + exception.getMessage() + ")");
        } catch (BundleException exception) {
            throw exception;
        } catch (IOException exception) {
            throw new BundleException(source + ": not a valid zip (" + exception.getMessage() + ")");
        }
        if (entries.size() < directory.size()) {
            throw new BundleException(source + ": the central directory lists the entry "
                    + directory.get(entries.size()).name() + " that has no local header");
        }
        if (entries.isEmpty()) {
            throw new BundleException(source + ": not a bundle (no zip entries)");
        }
        return entries;
    }

    static void checkName(final String source, final String name) throws BundleException {
        String problem = null;
        if (name.isEmpty() || name.endsWith("/")) {
            problem = "a folder";
        } else if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            problem = "an absolute path";
        } else if (name.contains("\\")) {
            problem = "a backslash";
        } else if (name.chars().anyMatch(c -> c < 0x20 || c >= 0x7f && c <= 0x9f)) {
            problem = "a control character";
        } else if (("/" + name + "/").contains("/../") || ("/" + name + "/").contains("/./")) {
            problem = "a '.' or '..' segment";
        }
        if (problem != null) {
            throw new BundleException(source + ": refused entry name '" + printable(name) + "' (" + problem + ")");
        }
    }

    private static String printable(final String name) {
        StringBuilder text = new StringBuilder();
        name.chars()
                .forEach(c -> text.append(c < 0x20 || c >= 0x7f && c <= 0x9f ? String.format("\\u%04x", c) : (char) c));
        return text.toString();
    }

    private static byte[] inflate(
            final String source, final CentralDirectory.Entry listed, final InputStream in, final long budget)
            throws IOException {
        String name = listed.name();
        if (listed.size() > MAX_ENTRY_BYTES || listed.size() > budget) {
            throw new BundleException(source + ": the entry " + name + " declares " + listed.size()
                    + " bytes, past the size limit (zip bomb?)");
        }
        if (listed.size() > SMALL && listed.size() > MAX_RATIO * listed.compressedSize()) {
            throw ratio(source, listed);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        for (int read; (read = in.read(buffer)) > 0; ) {
            size += read;
            if (size > MAX_ENTRY_BYTES || size > budget) {
                throw new BundleException(source + ": the entry " + name + " expands past the size limit (zip bomb?)");
            }
            if (size > SMALL && size > MAX_RATIO * listed.compressedSize()) {
                throw ratio(source, listed);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static BundleException ratio(final String source, final CentralDirectory.Entry listed) {
        return new BundleException(source + ": the entry " + listed.name() + " expands more than " + MAX_RATIO
                + " times its compressed size of " + listed.compressedSize() + " bytes (zip bomb?)");
    }

    private static void crossCheck(
            final String source, final CentralDirectory.Entry listed, final ZipEntry local, final byte[] bytes)
            throws BundleException {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        String problem = null;
        if (bytes.length != listed.size()) {
            problem = "inflates to " + bytes.length + " bytes, the central directory says " + listed.size();
        } else if (crc.getValue() != listed.crc()) {
            problem = "has CRC-32 " + Long.toHexString(crc.getValue()) + ", the central directory says "
                    + Long.toHexString(listed.crc());
        } else if (local.getCompressedSize() != listed.compressedSize()) {
            problem = "has " + local.getCompressedSize() + " compressed bytes, the central directory says "
                    + listed.compressedSize();
        } else if (local.getMethod() != listed.method()) {
            problem =
                    "uses compression method " + local.getMethod() + ", the central directory says " + listed.method();
        }
        if (problem != null) {
            throw new BundleException(source + ": the entry " + listed.name() + " " + problem);
        }
    }
}
