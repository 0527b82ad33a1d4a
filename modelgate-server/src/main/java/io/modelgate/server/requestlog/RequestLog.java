package io.modelgate.server.requestlog;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleSupplier;

/**
 * The sampled request log: request threads draw whether a record is logged and hand it to a bounded queue without
 * waiting; one writer thread renders the JSON lines and writes them to {@link RotatingFile}s. When the queue is full
 * the record is dropped and counted, so a slow disk never slows an answer. Closing writes what is queued.
 */
public final class RequestLog implements AutoCloseable {
    private static final long IDLE_POLL_MILLIS = 200;
    private static final int DRAIN = 1_024;

    private final double sampleRate;
    private final DoubleSupplier random;
    private final BlockingQueue<RequestLogEntry> queue;
    private final LongAdder written = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final Thread writer;
    private volatile boolean closing;

    private RequestLog(final RequestLogOptions options, final DoubleSupplier random, final RotatingFile file) {
        this.sampleRate = options == null ? 0 : options.sampleRate();
        this.random = random;
        this.queue = new ArrayBlockingQueue<>(options == null ? 1 : options.queueCapacity());
        this.writer = file == null ? null : new Thread(() -> drain(file), "modelgate-request-log");
    }

    /** @return a log that samples nothing and writes nothing */
    public static RequestLog disabled() {
        return new RequestLog(null, () -> 1, null);
    }

    /**
     * Starts a log with its writer thread.
     *
     * @param options where and how
     * @param clock the clock for timestamps of file names and rotation by age
     * @param random draws in [0, 1) for sampling, called from request threads
     * @return the running log
     * @throws IOException when the folder cannot be created or a previous file cannot be rotated
     */
    public static RequestLog start(final RequestLogOptions options, final Clock clock, final DoubleSupplier random)
            throws IOException {
        RequestLog log = new RequestLog(options, random, new RotatingFile(options, clock));
        log.writer.setDaemon(true);
        log.writer.start();
        return log;
    }

    /**
     * Starts a log that samples with {@link ThreadLocalRandom} and uses the system clock.
     *
     * @param options where and how
     * @return the running log
     * @throws IOException when the folder cannot be created
     */
    public static RequestLog start(final RequestLogOptions options) throws IOException {
        return start(
                options, Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @return whether the next record should be logged: a fresh draw below the sample rate */
    public boolean sample() {
        return sampleRate > 0 && random.getAsDouble() < sampleRate;
    }

    /**
     * Hands a record to the writer without waiting; drops and counts it when the queue is full or the log closed.
     *
     * @param entry the record
     */
    public void offer(final RequestLogEntry entry) {
        if (writer == null || closing || !queue.offer(entry)) {
            dropped.increment();
        }
    }

    /** @return the lines written so far */
    public long written() {
        return written.sum();
    }

    /** @return the records dropped because the queue was full, or lost to a write error */
    public long dropped() {
        return dropped.sum();
    }

    /** @return the write errors so far */
    public long failures() {
        return failed.sum();
    }

    private void drain(final RotatingFile file) {
        LogLine line = new LogLine();
        List<RequestLogEntry> batch = new ArrayList<>(DRAIN);
        try (file) {
            while (!closing || !queue.isEmpty()) {
                RequestLogEntry first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, DRAIN - 1);
                    write(file, line, batch);
                    batch.clear();
                }
                if (queue.isEmpty()) {
                    tick(file);
                }
            }
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
        } catch (IOException exception) {
            failed.increment();
        }
    }

    private void write(final RotatingFile file, final LogLine line, final List<RequestLogEntry> batch) {
        for (RequestLogEntry entry : batch) {
            try {
                file.write(line.render(entry));
                written.increment();
            } catch (IOException exception) {
                failed.increment();
                dropped.increment();
            }
        }
    }

    private void tick(final RotatingFile file) {
        try {
            file.tick();
        } catch (IOException exception) {
            failed.increment();
        }
    }

    /**
     * Stops taking records, writes the queued ones, closes and rotates the file; waits at most the given time.
     *
     * @param waitMillis how long to wait for the writer
     * @throws InterruptedException when interrupted while waiting
     */
    public void close(final long waitMillis) throws InterruptedException {
        closing = true;
        if (writer != null) {
            writer.join(waitMillis);
        }
    }

    @Override
    public void close() throws InterruptedException {
        close(10_000);
    }
}
