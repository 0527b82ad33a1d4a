package io.modelgate.monitoring;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a request log in {@link RequestLogFormat}: one JSON object per line, a new file after a number of lines,
 * named by the timestamp of its first line, optionally gzip-compressed. For sample logs and tests.
 */
public final class RequestLogWriter implements Closeable {
    private final JsonFactory factory = new JsonFactory();
    private final Path directory;
    private final long linesPerFile;
    private final boolean gzip;
    private OutputStream out;
    private long lines;
    private int counter;

    /**
     * Prepares a writer.
     *
     * @param directory the log folder, created when missing
     * @param linesPerFile lines before the file is rotated, at least 1
     * @param gzip whether files are gzip-compressed
     * @throws IOException when the folder cannot be created
     */
    public RequestLogWriter(final Path directory, final long linesPerFile, final boolean gzip) throws IOException {
        if (linesPerFile < 1) {
            throw new IllegalArgumentException("A log file holds at least one line, got " + linesPerFile);
        }
        this.directory = Files.createDirectories(directory);
        this.linesPerFile = linesPerFile;
        this.gzip = gzip;
    }

    /**
     * Appends one request.
     *
     * @param request the request
     * @throws IOException when the file cannot be written
     */
    public void write(final LoggedRequest request) throws IOException {
        if (out == null || lines == linesPerFile) {
            rotate(request.timestamp());
        }
        try (JsonGenerator json = factory.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField(
                    RequestLogFormat.TIMESTAMP,
                    Instant.ofEpochMilli(request.timestamp()).toString());
            json.writeStringField(RequestLogFormat.REQUEST_ID, request.requestId());
            json.writeStringField(RequestLogFormat.MODEL, request.model());
            json.writeStringField(RequestLogFormat.VERSION, request.version());
            json.writeObjectFieldStart(RequestLogFormat.INPUTS);
            for (Map.Entry<String, ?> input : request.inputs().entrySet()) {
                writeValue(json, input.getKey(), input.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart(RequestLogFormat.OUTPUTS);
            if (request.label() != null) {
                json.writeStringField(RequestLogFormat.LABEL, request.label());
                json.writeObjectFieldStart(RequestLogFormat.PROBABILITIES);
                for (Map.Entry<String, Double> probability :
                        request.probabilities().entrySet()) {
                    json.writeNumberField(probability.getKey(), probability.getValue());
                }
                json.writeEndObject();
            } else if (Double.isNaN(request.value())) {
                json.writeNullField(RequestLogFormat.VALUE);
            } else {
                json.writeNumberField(RequestLogFormat.VALUE, request.value());
            }
            json.writeEndObject();
            if (request.latencyMicros() >= 0) {
                json.writeNumberField(RequestLogFormat.LATENCY_MICROS, request.latencyMicros());
            }
            json.writeEndObject();
        }
        out.write('\n');
        lines++;
    }

    private static void writeValue(final JsonGenerator json, final String name, final Object value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else if (value instanceof Number number) {
            json.writeFieldName(name);
            json.writeNumber(number.toString());
        } else if (value instanceof Boolean bool) {
            json.writeBooleanField(name, bool);
        } else {
            json.writeStringField(name, value.toString());
        }
    }

    private void rotate(final long timestamp) throws IOException {
        close();
        Path file;
        do {
            file = directory.resolve(RequestLogFormat.fileName(timestamp, counter++, gzip));
        } while (Files.exists(file));
        OutputStream raw = Files.newOutputStream(file);
        out = gzip ? new GZIPOutputStream(raw, 1 << 16) : new java.io.BufferedOutputStream(raw, 1 << 16);
        lines = 0;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /** Keeps the generator from closing the file after each line. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(final OutputStream out) {
            super(out);
        }

        @Override
        public void write(final byte[] bytes, final int offset, final int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        @Override
        public void flush() {
            // the file is flushed when it is closed
        }
    }
}
