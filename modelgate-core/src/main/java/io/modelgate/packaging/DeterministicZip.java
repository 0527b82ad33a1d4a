package io.modelgate.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip whose bytes depend only on its entries: sorted names, one fixed timestamp (1980-02-01 00:00 as the
 * zip format's local DOS time, set with {@link ZipEntry#setTimeLocal}, so neither the machine's time zone nor an
 * extended-timestamp extra field enters the bytes), one compression level. The same entries give the same bytes on
 * any machine, in any time zone and at any time.
 */
final class DeterministicZip {
    private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 2, 1, 0, 0);

    private DeterministicZip() {}

    static byte[] write(final Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTimeLocal(EPOCH);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
