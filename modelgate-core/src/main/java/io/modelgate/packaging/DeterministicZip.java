package io.modelgate.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip whose bytes depend only on its entries: sorted names, one fixed timestamp (1980-01-01T00:00:00Z, the
 * zip format's first representable time), no extra fields, one compression level. The same entries give the same
 * bytes on any machine and at any time.
 */
final class DeterministicZip {
    private static final FileTime EPOCH = FileTime.from(Instant.parse("1980-01-01T00:00:00Z"));

    private DeterministicZip() {}

    static byte[] write(final Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setLastModifiedTime(EPOCH);
                zipEntry.setTime(EPOCH.toMillis());
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
