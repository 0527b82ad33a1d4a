package io.modelgate.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Reads a CSV file once, from start to end, and feeds every row to several consumers; returns the file's
 * fingerprint. Parsing and consuming overlap: this thread parses rows into a few reusable batches while one worker
 * thread hands them, in file order, to the consumers, so the consumers see exactly the sequence a single thread
 * would. Memory stays constant whatever the file's size: a handful of batches plus what the consumers keep.
 */
public final class DataPass {
    private static final int BATCH_ROWS = 2048;
    private static final int BATCHES = 4;
    private static final Batch END = new Batch(0);

    private final Path file;
    private final CsvFormat format;
    private Listener progress = (bytes, rows) -> {};

    /**
     * Prepares a pass over a file.
     *
     * @param file the CSV file
     * @param format its dialect
     */
    public DataPass(final Path file, final CsvFormat format) {
        this.file = file;
        this.format = format;
    }

    /** Told, after every batch of rows, how far the read has come. */
    @FunctionalInterface
    public interface Listener {
        /**
         * Reports progress.
         *
         * @param bytes the bytes of the file as stored read so far
         * @param rows the data rows read so far
         */
        void progress(long bytes, long rows);
    }

    /**
     * Sets a listener told, after every batch of rows, how far the read has come.
     *
     * @param listener receives the bytes and rows read so far
     * @return this pass
     */
    public DataPass withProgress(final Listener listener) {
        this.progress = listener;
        return this;
    }

    /**
     * Reads the whole file.
     *
     * @param consumers what learns from the rows
     * @return the fingerprint of the file
     * @throws IOException when the file cannot be read
     * @throws DataFormatException when it is malformed
     */
    public Fingerprint run(final List<? extends RowConsumer> consumers) throws IOException {
        try (CsvReader reader = CsvReader.open(file, format)) {
            for (RowConsumer consumer : consumers) {
                consumer.start(reader.header());
            }
            int width = reader.header().size();
            BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
            BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES);
            for (int i = 0; i < BATCHES; i++) {
                free.add(new Batch(width));
            }
            ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "modelgate-consumers");
                thread.setDaemon(true);
                return thread;
            });
            try {
                Future<?> consuming = worker.submit(() -> consume(consumers, free, full));
                produce(reader, free, full, consuming);
                consuming.get();
            } catch (InterruptedException exception) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while reading " + file, exception);
            } catch (ExecutionException exception) {
                throw rethrow(exception.getCause());
            } finally {
                worker.shutdownNow();
            }
            progress.progress(reader.size(), reader.rows());
            return reader.fingerprint();
        }
    }

    private void produce(
            final CsvReader reader,
            final BlockingQueue<Batch> free,
            final BlockingQueue<Batch> full,
            final Future<?> consuming)
            throws InterruptedException, ExecutionException {
        while (true) {
            Batch batch = take(free, consuming);
            batch.size = 0;
            Row row;
            while (batch.size < BATCH_ROWS && (row = reader.next()) != null) {
                batch.rows[batch.size++].copyFrom(row);
            }
            put(full, batch, consuming);
            progress.progress(reader.consumed(), reader.rows());
            if (batch.size < BATCH_ROWS) {
                put(full, END, consuming);
                return;
            }
        }
    }

    /** Waits for a free batch, giving up when the consumers have failed (their error is then rethrown). */
    private static Batch take(final BlockingQueue<Batch> free, final Future<?> consuming)
            throws InterruptedException, ExecutionException {
        while (true) {
            Batch batch = free.poll(100, TimeUnit.MILLISECONDS);
            if (batch != null) {
                return batch;
            }
            checkAlive(consuming);
        }
    }

    private static void put(final BlockingQueue<Batch> full, final Batch batch, final Future<?> consuming)
            throws InterruptedException, ExecutionException {
        while (!full.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            checkAlive(consuming);
        }
    }

    private static void checkAlive(final Future<?> consuming) throws InterruptedException, ExecutionException {
        if (consuming.isDone()) {
            consuming.get();
            throw new IllegalStateException("The row consumers stopped before the end of the data");
        }
    }

    private static void consume(
            final List<? extends RowConsumer> consumers,
            final BlockingQueue<Batch> free,
            final BlockingQueue<Batch> full) {
        try {
            while (true) {
                Batch batch = full.take();
                if (batch == END) {
                    return;
                }
                for (int i = 0; i < batch.size; i++) {
                    Row row = batch.rows[i];
                    for (RowConsumer consumer : consumers) {
                        consumer.accept(row);
                    }
                }
                free.put(batch);
            }
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException rethrow(final Throwable cause) throws IOException {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new UncheckedIOException(new IOException(cause));
    }

    /** Rows parsed by the reader, waiting for the consumers. */
    private static final class Batch {
        private final Row[] rows;
        private int size;

        Batch(final int width) {
            rows = new Row[width == 0 ? 0 : BATCH_ROWS];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new Row(width);
            }
        }
    }
}
