package io.modelgate.cli;

import io.modelgate.data.ReadProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows how far a long read has come (share of the file, rows/s and MB/s) on stderr,
 * only when stderr is a terminal and the run has taken more than two seconds; {@code --quiet} silences it.
 */
public final class Progress implements ReadProgress.Read {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastShown;
    private boolean shown;

    Progress(final PrintWriter err, final String label, final long total, final boolean enabled) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.enabled = enabled && System.console() != null;
    }

    @Override
    public void progress(final long bytes, final long rows) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - started < QUIET_NANOS || now - lastShown < EVERY_NANOS) {
            return;
        }
        lastShown = now;
        shown = true;
        double seconds = (now - started) / 1e9;
        err.printf(
                Locale.ROOT,
                "\r%s: %5.1f %% of %,d MB, %,d rows, %,.0f rows/s, %.0f MB/s   ",
                label,
                100.0 * bytes / Math.max(1, total),
                total >> 20,
                rows,
                rows / seconds,
                bytes / 1e6 / seconds);
        err.flush();
    }

    /** Ends the progress line, if one was shown. */
    @Override
    public void done() {
        if (shown) {
            err.println();
            err.flush();
        }
    }
}
