package io.modelgate.server.requestlog;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where and how the request log is written.
 *
 * @param folder the folder of the JSONL files
 * @param sampleRate the share of records logged, 0 to 1 (each record is drawn independently)
 * @param maxBytes the size after which the current file is rotated
 * @param maxAge the age after which the current file is rotated
 * @param gzip whether rotated files are compressed ({@code .jsonl.gz})
 * @param keepFiles how many rotated files to keep; older ones are deleted
 * @param queueCapacity how many records may wait for the writer; beyond that they are dropped and counted
 */
public record RequestLogOptions(
        Path folder,
        double sampleRate,
        long maxBytes,
        Duration maxAge,
        boolean gzip,
        int keepFiles,
        int queueCapacity) {
    /**
     * Checks the options.
     *
     * @param folder the folder
     * @param sampleRate the share of records logged
     * @param maxBytes the rotation size
     * @param maxAge the rotation age
     * @param gzip whether to compress rotated files
     * @param keepFiles rotated files kept
     * @param queueCapacity records that may wait
     * @throws IllegalArgumentException when a value is out of range
     */
    public RequestLogOptions {
        if (!(sampleRate >= 0 && sampleRate <= 1)) {
            throw new IllegalArgumentException("The request log's sample rate must be between 0 and 1: " + sampleRate);
        }
        if (maxBytes < 1 || maxAge.isNegative() || maxAge.isZero() || keepFiles < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("The request log's size, age, kept files and queue must be positive");
        }
    }

    /**
     * Creates options with the defaults: every record, rotation at 64 MiB or 1 hour, gzip, 48 files kept, 65,536
     * records queued.
     *
     * @param folder the folder
     * @return the options
     */
    public static RequestLogOptions defaults(final Path folder) {
        return new RequestLogOptions(folder, 1.0, 64L << 20, Duration.ofHours(1), true, 48, 1 << 16);
    }

    /**
     * @param rate the share of records logged
     * @return a copy with that sample rate
     */
    public RequestLogOptions withSampleRate(final double rate) {
        return new RequestLogOptions(folder, rate, maxBytes, maxAge, gzip, keepFiles, queueCapacity);
    }

    /**
     * @param bytes the rotation size
     * @param age the rotation age
     * @return a copy with that rotation
     */
    public RequestLogOptions withRotation(final long bytes, final Duration age) {
        return new RequestLogOptions(folder, sampleRate, bytes, age, gzip, keepFiles, queueCapacity);
    }

    /**
     * @param compress whether rotated files are compressed
     * @param keep how many rotated files to keep
     * @return a copy with that retention
     */
    public RequestLogOptions withRetention(final boolean compress, final int keep) {
        return new RequestLogOptions(folder, sampleRate, maxBytes, maxAge, compress, keep, queueCapacity);
    }

    /**
     * @param capacity records that may wait for the writer
     * @return a copy with that queue
     */
    public RequestLogOptions withQueueCapacity(final int capacity) {
        return new RequestLogOptions(folder, sampleRate, maxBytes, maxAge, gzip, keepFiles, capacity);
    }
}
