package io.modelgate.registry;

import io.modelgate.scoring.ModelHash;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the PMML model in a registered file: the file itself, or {@code model.pmml} of a bundle (a zip). Its
 * canonical hash is the model's identity everywhere (evidence contract).
 */
final class ModelFiles {
    /** The bundle entry that holds the model. */
    static final String BUNDLE_MODEL = "model.pmml";

    /** A model larger than this inside a bundle is refused rather than unpacked (a zip bomb guard). */
    private static final long MAXIMUM_MODEL_BYTES = 1L << 30;

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private ModelFiles() {}

    /**
     * The PMML model of a file.
     *
     * @param file a bundle or a PMML model
     * @param scratch a folder for the unpacked model of a bundle
     * @return the PMML file (the file itself, or the unpacked {@code model.pmml})
     * @throws IOException when the file cannot be read
     */
    static Path pmml(final Path file, final Path scratch) throws IOException {
        if (!isZip(file)) {
            return file;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(BUNDLE_MODEL);
            if (entry == null) {
                throw new RegistryException(file + ": a zip without " + BUNDLE_MODEL + " is not a bundle");
            }
            Path model = Files.createTempFile(scratch, "model", ".pmml");
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(
                        new LimitedStream(in, MAXIMUM_MODEL_BYTES, file), model, StandardCopyOption.REPLACE_EXISTING);
            }
            return model;
        }
    }

    /**
     * The canonical model hash of a PMML file.
     *
     * @param pmml the model
     * @return its hash
     * @throws IOException when it cannot be read or is no XML
     */
    static String hash(final Path pmml) throws IOException {
        return ModelHash.of(pmml);
    }

    private static boolean isZip(final Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ZIP.length);
            return java.util.Arrays.equals(head, ZIP);
        }
    }

    /** Stops reading past a limit, naming the bundle. */
    private static final class LimitedStream extends java.io.FilterInputStream {
        private final Path bundle;
        private long left;

        LimitedStream(final InputStream in, final long limit, final Path bundle) {
            super(in);
            this.left = limit;
            this.bundle = bundle;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(final byte[] buffer, final int offset, final int length) throws IOException {
            int count = super.read(buffer, offset, length);
            if (count > 0) {
                left -= count;
                if (left < 0) {
                    throw new IOException(bundle + ": " + BUNDLE_MODEL + " unpacks to more than " + MAXIMUM_MODEL_BYTES
                            + " bytes; refused");
                }
            }
            return count;
        }
    }
}
