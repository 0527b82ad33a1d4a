package io.modelgate.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * The bytes of a data file as the parser sees them (decompressed when the name ends in {@code .gz}), while the
 * SHA-256 and size of the file as stored are computed on the raw bytes.
 */
final class ByteSource implements AutoCloseable {
    private final Path file;
    private final long size;
    private final CountingDigestStream raw;
    private final InputStream decoded;

    ByteSource(final Path file) throws IOException {
        this.file = file;
        this.size = Files.size(file);
        this.raw = new CountingDigestStream(Files.newInputStream(file));
        this.decoded = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    int read(final byte[] buffer, final int offset, final int length) throws IOException {
        try {
            return decoded.read(buffer, offset, length);
        } catch (java.util.zip.ZipException exception) {
            throw new DataFormatException(file, 0, 0, "corrupt gzip data: " + exception.getMessage());
        }
    }

    Path file() {
        return file;
    }

    long size() {
        return size;
    }

    long consumed() {
        return raw.count;
    }

    /** Reads whatever is left of the raw file, so that the digest covers all of it, and returns it. */
    String finish() throws IOException {
        byte[] skip = new byte[1 << 16];
        while (raw.read(skip, 0, skip.length) >= 0) {
            // the digest is computed as the bytes pass
        }
        return HexFormat.of().formatHex(raw.digest.digest());
    }

    @Override
    public void close() throws IOException {
        decoded.close();
    }

    private static final class CountingDigestStream extends InputStream {
        private final InputStream in;
        private final MessageDigest digest;
        private long count;

        CountingDigestStream(final InputStream in) {
            this.in = in;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException exception) {
                throw new IllegalStateException("The JDK has no SHA-256", exception);
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(final byte[] buffer, final int offset, final int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                digest.update(buffer, offset, n);
                count += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
