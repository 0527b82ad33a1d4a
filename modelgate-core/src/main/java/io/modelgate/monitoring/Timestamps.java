package io.modelgate.monitoring;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the request log's ISO-8601 timestamps into epoch milliseconds: a fast path for the common UTC form
 * {@code 2026-11-28T07:00:00.123Z} (any number of fraction digits, none included), and {@link OffsetDateTime} for
 * anything else with an offset.
 */
final class Timestamps {
    /** What {@link #parse(String)} returns for text that is not a timestamp. */
    static final long INVALID = Long.MIN_VALUE;

    private Timestamps() {}

    /**
     * Parses a timestamp.
     *
     * @param text the text
     * @return epoch milliseconds, or {@link #INVALID}
     */
    static long parse(final String text) {
        long fast = utc(text);
        if (fast != INVALID) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException exception) {
            return INVALID;
        }
    }

    private static long utc(final String text) {
        int length = text.length();
        if (length < 20
                || text.charAt(length - 1) != 'Z'
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return INVALID;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int millis = fraction(text, 19, length - 1);
        if ((year | month | day | hour | minute | second | millis) < 0
                || month < 1
                || month > 12
                || day < 1
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()
                || hour > 23
                || minute > 59
                || second > 59) {
            return INVALID;
        }
        long seconds = daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
        return seconds * 1000 + millis;
    }

    /** The milliseconds of a fraction {@code .ddd...} between start and end; empty is 0, malformed is −1. */
    private static int fraction(final String text, final int start, final int end) {
        if (start == end) {
            return 0;
        }
        if (text.charAt(start) != '.' || end - start < 2) {
            return -1;
        }
        int millis = 0;
        for (int i = start + 1; i < end; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            if (i < start + 4) {
                millis = millis * 10 + digit;
            }
        }
        for (int i = end - start - 1; i < 3; i++) {
            millis *= 10;
        }
        return millis;
    }

    private static int digits(final String text, final int start, final int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    private static long daysFromCivil(final int year, final int month, final int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }
}
