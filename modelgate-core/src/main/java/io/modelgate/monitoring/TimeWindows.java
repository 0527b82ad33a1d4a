package io.modelgate.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Cuts time into consecutive windows of one length, aligned to the Unix epoch in UTC, so that daily windows run from
 * midnight to midnight UTC and every run of the monitor puts an entry into the same window.
 */
public final class TimeWindows {
    /** The window unless the caller says otherwise: one day. */
    public static final Duration DEFAULT_LENGTH = Duration.ofDays(1);

    private static final long DAY = Duration.ofDays(1).toMillis();

    private final long length;

    /**
     * Creates the windows.
     *
     * @param length each window's length, at least one second
     */
    public TimeWindows(final Duration length) {
        if (length.toMillis() < 1000) {
            throw new IllegalArgumentException("A window must last at least one second, got " + length);
        }
        this.length = length.toMillis();
    }

    /**
     * Finds the window of a time.
     *
     * @param epochMillis the time
     * @return the window's start, epoch milliseconds
     */
    public long start(final long epochMillis) {
        return Math.floorDiv(epochMillis, length) * length;
    }

    /** @return the windows' length in milliseconds */
    public long length() {
        return length;
    }

    /**
     * Names a window: its UTC date for windows of whole days, else its start as an ISO instant.
     *
     * @param start the window's start
     * @return the label, e.g. {@code 2026-11-28} or {@code 2026-11-28T06:00:00Z}
     */
    public String label(final long start) {
        if (length % DAY == 0 && start % DAY == 0) {
            return LocalDate.ofInstant(Instant.ofEpochMilli(start), ZoneOffset.UTC)
                    .toString();
        }
        return Instant.ofEpochMilli(start).toString();
    }
}
