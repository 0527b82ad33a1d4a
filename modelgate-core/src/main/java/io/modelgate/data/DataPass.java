package io.modelgate.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a CSV file once, from start to end, and feeds every row to several consumers; returns the file's
 * fingerprint. Parsing and consuming overlap: this thread parses rows into a few reusable batches, and each consumer
 * runs on its own worker thread over the same batches in file order, so every consumer sees exactly the sequence a
 * single thread would, and consumers that split their work by column share the cores. Memory stays constant
 * whatever the file's size: a handful of batches plus what the consumers keep.
 */
public final class DataPass {
    private static final int BATCH_ROWS = 2048;
    private static final int BATCHES = 6;
    private static final Batch END = new Batch(0);

    private final Path file;
    private final CsvFormat format;
    private Listener progress = (bytes, rows) -> {};

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
     * Prepares a pass over a file.
     *
     * @param file the CSV file
     * @param format its dialect
     */
    public DataPass(final Path file, final CsvFormat format) {
        this.file = file;
        this.format = format;
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
     * Reads the whole file. Each consumer is called from one worker thread of its own; consumers must not share
     * mutable state with each other.
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
            BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
            for (int i = 0; i < BATCHES; i++) {
                free.add(new Batch(reader.header().size()));
            }
            ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, consumers.size()), runnable -> {
                Thread thread = new Thread(runnable, "modelgate-consumer");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<BlockingQueue<Batch>> queues = new ArrayList<>();
                List<Future<?>> futures = new ArrayList<>();
                for (RowConsumer consumer : consumers) {
                    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES + 1);
                    queues.add(queue);
                    futures.add(workers.submit(() -> consume(consumer, queue, free)));
                }
                produce(reader, free, queues, futures);
                for (Future<?> future : futures) {
                    future.get();
                }
            } catch (InterruptedException exception) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while reading " + file, exception);
            } catch (ExecutionException exception) {
                throw rethrow(exception.getCause());
            } finally {
                workers.shutdownNow();
            }
            progress.progress(reader.size(), reader.rows());
            return reader.fingerprint();
        }
    }

    private void produce(
            final CsvReader reader,
            final BlockingQueue<Batch> free,
            final List<BlockingQueue<Batch>> queues,
            final List<Future<?>> futures)
            throws InterruptedException, ExecutionException {
        while (true) {
            Batch batch = take(free, futures);
            batch.size = 0;
            Row row;
            while (batch.size < BATCH_ROWS && (row = reader.next()) != null) {
                batch.rows[batch.size++].copyFrom(row);
            }
            batch.pending.set(queues.size());
            for (BlockingQueue<Batch> queue : queues) {
                put(queue, batch, futures);
            }
            if (queues.isEmpty()) {
                free.put(batch);
            }
            progress.progress(reader.consumed(), reader.rows());
            if (batch.size < BATCH_ROWS) {
                for (BlockingQueue<Batch> queue : queues) {
                    put(queue, END, futures);
                }
                return;
            }
        }
    }

    /** Waits for a free batch, giving up when a consumer has failed (its error is then rethrown). */
    private static Batch take(final BlockingQueue<Batch> free, final List<Future<?>> futures)
            throws InterruptedException, ExecutionException {
        while (true) {
            Batch batch = free.poll(100, TimeUnit.MILLISECONDS);
            if (batch != null) {
                return batch;
            }
            checkAlive(futures);
        }
    }

    private static void put(final BlockingQueue<Batch> queue, final Batch batch, final List<Future<?>> futures)
            throws InterruptedException, ExecutionException {
        while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            checkAlive(futures);
        }
    }

    private static void checkAlive(final List<Future<?>> futures) throws InterruptedException, ExecutionException {
        for (Future<?> future : futures) {
            if (future.isDone()) {
                future.get();
                throw new IllegalStateException("A row consumer stopped before the end of the data");
            }
        }
    }

    private static void consume(
            final RowConsumer consumer, final BlockingQueue<Batch> queue, final BlockingQueue<Batch> free) {
        try {
            while (true) {
                Batch batch = queue.take();
                if (batch == END) {
                    return;
                }
                for (int i = 0; i < batch.size; i++) {
                    consumer.accept(batch.rows[i]);
                }
                if (batch.pending.decrementAndGet() == 0) {
                    free.put(batch);
                }
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
        private final AtomicInteger pending = new AtomicInteger();
        private int size;

        Batch(final int width) {
            rows = new Row[width == 0 ? 0 : BATCH_ROWS];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new Row(width);
            }
        }
    }
}
