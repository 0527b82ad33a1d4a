package io.modelgate.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs the resamples of a {@link PoissonBootstrap} group by group on several threads. Group {@code g} holds resamples
 * {@code g·width} to {@code g·width + width − 1}; its weights are drawn into a row-major block from the g-th stream
 * split off {@code new SplittableRandom(seed)} (see {@link PoissonBootstrapWeights#fill(SplittableRandom, byte[], int,
 * int, int)}), whichever thread takes it, so the results do not depend on the number of threads.
 */
final class PoissonBootstrapGroups {
    /** What a thread does with each group's block once it is drawn. */
    @FunctionalInterface
    interface Work {
        /**
         * @param block the group's weights, {@code rows × width} bytes, row-major
         * @param start the group's first resample
         * @param count the resamples in the group, at most {@code width}
         */
        void group(byte[] block, int start, int count);
    }

    private final int resamples;
    private final int width;
    private final long seed;
    private final int threads;

    /**
     * @param resamples the number of resamples
     * @param width the resamples per group
     * @param seed the seed of the root stream
     * @param threads the number of threads
     */
    PoissonBootstrapGroups(final int resamples, final int width, final long seed, final int threads) {
        this.resamples = resamples;
        this.width = width;
        this.seed = seed;
        this.threads = threads;
    }

    /**
     * Draws every group's block and hands it to the work of the thread that drew it.
     *
     * @param rows the rows of a block
     * @param perThread makes each thread's work (with its own buffers)
     * @throws RuntimeException the first failure of any thread, after all stopped
     */
    void run(final int rows, final Supplier<Work> perThread) {
        int groups = (resamples + width - 1) / width;
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[groups];
        for (int g = 0; g < groups; g++) {
            streams[g] = root.split();
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            byte[] block = new byte[rows * width];
            Work work = perThread.get();
            for (int g = next.getAndIncrement(); g < groups && failure.get() == null; g = next.getAndIncrement()) {
                try {
                    int start = g * width;
                    int count = Math.min(width, resamples - start);
                    PoissonBootstrapWeights.fill(streams[g], block, rows, width, count);
                    work.group(block, start, count);
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
