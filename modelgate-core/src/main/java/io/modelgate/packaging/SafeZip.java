package io.modelgate.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a bundle's entries into memory without trusting the zip: refuses names that could escape a folder (zip
 * slip: {@code ..}, absolute paths, backslashes, drive letters), duplicate names, folders, more than
 * {@value #MAX_ENTRIES} entries, and zip bombs — an entry larger than {@value #MAX_ENTRY_BYTES} bytes or all entries
 * together larger than {@value #MAX_TOTAL_BYTES}, and any entry that expands more than {@value #MAX_RATIO} times
 * its compressed size past the first MiB. Sizes are counted on the bytes actually inflated, not on the headers.
 */
final class SafeZip {
    static final int MAX_ENTRIES = 64;
    static final long MAX_ENTRY_BYTES = 1L << 30;
    static final long MAX_TOTAL_BYTES = 2L << 30;
    static final long MAX_RATIO = 200;

    private SafeZip() {}

    static Map<String, byte[]> read(final Path bundle) throws IOException {
        long compressed = Files.size(bundle);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                checkName(bundle, name);
                if (entries.containsKey(name)) {
                    throw new BundleException(bundle + ": the entry " + name + " appears twice");
                }
                if (entries.size() == MAX_ENTRIES) {
                    throw new BundleException(bundle + ": more than " + MAX_ENTRIES + " entries");
                }
                byte[] bytes = inflate(bundle, name, zip, compressed, MAX_TOTAL_BYTES - total);
                total += bytes.length;
                entries.put(name, bytes);
            }
        } catch (ZipException exception) {
            throw new BundleException(bundle + ": not a valid zip (" + exception.getMessage() + ")");
        }
        if (entries.isEmpty()) {
            throw new BundleException(bundle + ": not a bundle (no zip entries)");
        }
        return entries;
    }

    private static void checkName(final Path bundle, final String name) throws BundleException {
        boolean escapes = name.isEmpty()
                || name.startsWith("/")
                || name.contains("\\")
                || name.matches("^[A-Za-z]:.*")
                || ("/" + name + "/").contains("/../")
                || name.endsWith("/");
        if (escapes) {
            throw new BundleException(
                    bundle + ": refused entry name '" + name + "' (a path outside the bundle or a folder)");
        }
    }

    private static byte[] inflate(
            final Path bundle, final String name, final InputStream in, final long compressed, final long budget)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        for (int read; (read = in.read(buffer)) > 0; ) {
            size += read;
            if (size > MAX_ENTRY_BYTES || size > budget) {
                throw new BundleException(bundle + ": the entry " + name + " expands past the size limit (zip bomb?)");
            }
            if (size > (1 << 20) && size > MAX_RATIO * compressed) {
                throw new BundleException(bundle + ": the entry " + name + " expands more than " + MAX_RATIO
                        + " times the bundle's size (zip bomb?)");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
