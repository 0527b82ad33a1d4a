package io.modelgate.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs the resamples of a {@link PoissonBootstrap} group by group on several threads. Group {@code g} holds resamples
 * {@code g·WIDTH} to {@code g·WIDTH + WIDTH − 1}; its weights are a function of the group's key {@link
 * PoissonBootstrapWeights#key(long, int) key(seed, g)} and the row, whichever thread takes it, so the results do not
 * depend on the number of threads.
 */
final class PoissonBootstrapGroups {
    /** What a thread does with each group it takes. */
    @FunctionalInterface
    interface Work {
        /**
         * @param key the group's key, which gives its weights
         * @param start the group's first resample
         * @param count the resamples in the group, at most {@link PoissonBootstrapWeights#WIDTH}
         */
        void group(long key, int start, int count);
    }

    private static final int WIDTH = PoissonBootstrapWeights.WIDTH;

    private final int resamples;
    private final long seed;
    private final int threads;

    /**
     * @param resamples the number of resamples
     * @param seed the seed of the root stream
     * @param threads the number of threads
     */
    PoissonBootstrapGroups(final int resamples, final long seed, final int threads) {
        this.resamples = resamples;
        this.seed = seed;
        this.threads = threads;
    }

    /**
     * Hands every group to the work of the thread that takes it.
     *
     * @param perThread makes each thread's work (with its own buffers)
     * @throws RuntimeException the first failure of any thread, after all stopped
     */
    void run(final Supplier<Work> perThread) {
        int groups = (resamples + WIDTH - 1) / WIDTH;
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            Work work = perThread.get();
            for (int g = next.getAndIncrement(); g < groups && failure.get() == null; g = next.getAndIncrement()) {
                try {
                    int start = g * WIDTH;
                    work.group(PoissonBootstrapWeights.key(seed, g), start, Math.min(WIDTH, resamples - start));
                } catch (RuntimeException exception) {
                    failure.compareAndSet(null, exception);
                }
            }
        };
        List<Thread> workers = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, groups); t++) {
            Thread thread = new Thread(worker, "modelgate-bootstrap-" + t);
            thread.start();
            workers.add(thread);
        }
        worker.run();
        for (Thread thread : workers) {
            try {
                thread.join();
            } catch (InterruptedException exception) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for bootstrap resamples", exception);
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
