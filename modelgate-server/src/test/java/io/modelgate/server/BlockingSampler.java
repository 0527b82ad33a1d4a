package io.modelgate.server;

import io.modelgate.server.requestlog.RequestLog;
import io.modelgate.server.requestlog.RequestLogOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;

/**
 * Holds the first predict request on its scoring thread until released: the predict endpoint draws the request log's
 * sample on the scoring thread after scoring, so a draw that waits keeps that thread busy without any timing.
 */
final class BlockingSampler implements DoubleSupplier {
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean first;

    BlockingSampler() {
        this(true);
    }

    /** @param armed whether the first draw blocks; otherwise only the first draw after {@link #arm()} */
    BlockingSampler(final boolean armed) {
        this.first = new AtomicBoolean(armed);
    }

    void arm() {
        first.set(true);
    }

    RequestLog log(final Path folder) throws IOException {
        return RequestLog.start(RequestLogOptions.defaults(folder), Clock.systemUTC(), this);
    }

    @Override
    public double getAsDouble() {
        if (first.compareAndSet(true, false)) {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException exception) {
                Thread.currentThread().interrupt();
            }
        }
        return 0.5;
    }

    void awaitBlocked() throws InterruptedException {
        if (!entered.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("No request reached the scoring thread");
        }
    }

    void release() {
        release.countDown();
    }
}
