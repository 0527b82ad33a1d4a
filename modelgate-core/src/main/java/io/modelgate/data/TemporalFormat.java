package io.modelgate.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * A date or timestamp format ({@link DateTimeFormatter} pattern) that turns a value into epoch days or epoch
 * seconds, so that dates can be ranged and compared as numbers. Without a pattern, ISO-8601 is used: {@code
 * yyyy-MM-dd} for dates; for timestamps a date-time with an optional offset, read as UTC when it has none.
 */
public final class TemporalFormat {
    private final ColumnType type;
    private final DateTimeFormatter formatter;
    private final String pattern;
    private final boolean isoDate;

    private TemporalFormat(final ColumnType type, final String pattern) {
        this.type = type;
        this.pattern = pattern;
        if (pattern == null || pattern.isBlank()) {
            this.formatter = type == ColumnType.DATE ? DateTimeFormatter.ISO_LOCAL_DATE : null;
        } else {
            this.formatter = DateTimeFormatter.ofPattern(pattern);
        }
        this.isoDate = type == ColumnType.DATE
                && (pattern == null
                        || pattern.isBlank()
                        || "yyyy-MM-dd".equals(pattern)
                        || "uuuu-MM-dd".equals(pattern));
    }

    /** Parses {@code yyyy-MM-dd} without a formatter: dates are the commonest temporal column and parsing is hot. */
    private static Long isoEpochDay(final String value) {
        if (value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        if (day > 28 && day > lengthOfMonth(year, month)) {
            return null;
        }
        return epochDay(year, month, day);
    }

    private static int lengthOfMonth(final int year, final int month) {
        if (month == 2) {
            return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
    private static long epochDay(final int year, final int month, final int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    private static int digits(final String value, final int from, final int to) {
        int result = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    /**
     * Creates a format for a date or timestamp column.
     *
     * @param type DATE or TIMESTAMP
     * @param pattern a {@link DateTimeFormatter} pattern, or {@code null} for ISO-8601
     * @return the format
     * @throws IllegalArgumentException when the pattern is invalid
     */
    public static TemporalFormat of(final ColumnType type, final String pattern) {
        if (type != ColumnType.DATE && type != ColumnType.TIMESTAMP) {
            throw new IllegalArgumentException("A format applies to date and timestamp columns, not " + type.label());
        }
        return new TemporalFormat(type, pattern);
    }

    /** @return the pattern, or {@code null} for ISO-8601 */
    public String pattern() {
        return pattern;
    }

    /**
     * Parses a value into epoch days (dates) or epoch seconds (timestamps).
     *
     * @param value the raw field, not missing
     * @return the number, or {@code null} when the value does not match the format
     */
    public Long toEpoch(final String value) {
        if (isoDate && value.length() == 10) {
            return isoEpochDay(value);
        }
        try {
            if (type == ColumnType.DATE) {
                return LocalDate.from(formatter.parse(value.strip())).toEpochDay();
            }
            if (formatter == null) {
                return isoTimestamp(value.strip());
            }
            TemporalAccessor parsed = formatter.parse(value.strip());
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return OffsetDateTime.from(parsed).toEpochSecond();
            }
            if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
                return LocalDateTime.from(parsed).toEpochSecond(java.time.ZoneOffset.UTC);
            }
            return LocalDate.from(parsed).toEpochDay() * 86_400L;
        } catch (java.time.DateTimeException exception) {
            return null;
        }
    }

    private static Long isoTimestamp(final String text) {
        try {
            return OffsetDateTime.parse(text).toEpochSecond();
        } catch (DateTimeParseException exception) {
            return LocalDateTime.parse(text.replace(' ', 'T')).toEpochSecond(java.time.ZoneOffset.UTC);
        }
    }
}
