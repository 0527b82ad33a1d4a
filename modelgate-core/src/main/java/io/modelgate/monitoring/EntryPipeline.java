package io.modelgate.monitoring;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Overlaps parsing and consuming: the reading thread parses lines into the entries of a few reusable batches, and one
 * worker thread hands them to the consumer in the same order, so the consumer sees exactly the sequence a single
 * thread would. Memory is constant: {@value #BATCHES} batches of {@value #BATCH} entries. A consumer failure is
 * rethrown by {@link #finish()}.
 */
final class EntryPipeline {
    private static final int BATCH = 1024;
    private static final int BATCHES = 4;
    private static final Batch END = new Batch(0, 0);

    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES + 1);
    private final Thread worker;
    private volatile Throwable failure;
    private Batch current;

    EntryPipeline(final int columns, final Consumer<LogEntry> consumer) {
        for (int i = 0; i < BATCHES; i++) {
            free.add(new Batch(BATCH, columns));
        }
        worker = new Thread(() -> consume(consumer), "modelgate-log-consumer");
        worker.setDaemon(true);
        worker.start();
    }

    /** @return the entry to parse the next line into; it is passed on only after {@link #commit()} */
    LogEntry slot() {
        if (current == null) {
            current = take(free);
            current.size = 0;
        }
        return current.entries[current.size];
    }

    /** Passes on the entry last returned by {@link #slot()}. */
    void commit() {
        current.size++;
        if (current.size == current.entries.length) {
            put(current);
            current = null;
        }
    }

    /** Passes on what is left, waits for the consumer, and rethrows its failure. */
    void finish() {
        if (current != null && current.size > 0) {
            put(current);
        }
        current = null;
        put(END);
        try {
            worker.join();
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the log consumer", exception);
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }

    private void consume(final Consumer<LogEntry> consumer) {
        while (true) {
            Batch batch = take(full);
            if (batch == END) {
                return;
            }
            if (failure == null) {
                try {
                    for (int i = 0; i < batch.size; i++) {
                        consumer.accept(batch.entries[i]);
                    }
                } catch (RuntimeException | Error exception) {
                    failure = exception;
                }
            }
            free.add(batch);
        }
    }

    private void put(final Batch batch) {
        try {
            full.put(batch);
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the log", exception);
        }
    }

    private static Batch take(final BlockingQueue<Batch> queue) {
        try {
            return queue.take();
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the log", exception);
        }
    }

    /** Entries parsed by the reader, waiting for the consumer. */
    private static final class Batch {
        private final LogEntry[] entries;
        private int size;

        Batch(final int length, final int columns) {
            entries = new LogEntry[length];
            for (int i = 0; i < length; i++) {
                entries[i] = new LogEntry(columns);
            }
        }
    }
}
