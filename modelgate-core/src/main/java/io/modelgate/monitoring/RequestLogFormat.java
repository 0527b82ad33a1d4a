package io.modelgate.monitoring;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request log's layout, in one place: the names of the rotated files and of every JSON field the scoring
 * service writes, one JSON object per line. Align this class with the service's log writer; nothing else in ModelGate
 * spells a field name.
 *
 * <pre>{@code
 * {"timestamp":"2026-11-28T07:00:00.123Z","requestId":"r-1","model":"credit-risk","version":"3",
 *  "inputs":{"age":41,"income":52000.5,"region":"north"},
 *  "outputs":{"label":"1","probabilities":{"0":0.8,"1":0.2}},"latencyMicros":850}
 * }</pre>
 *
 * A regression's outputs are {@code {"value":123.4}}. A batch request may log one line per record, its request id
 * followed by {@value #BATCH_SEPARATOR} and the record's 0-based index.
 */
public final class RequestLogFormat {
    /** When the service answered, ISO-8601 with an offset (normally UTC, {@code Z}). */
    public static final String TIMESTAMP = "timestamp";
    /** The request's id. */
    public static final String REQUEST_ID = "requestId";
    /** The model's name. */
    public static final String MODEL = "model";
    /** The model's version. */
    public static final String VERSION = "version";
    /** The input fields, an object of scalars. */
    public static final String INPUTS = "inputs";
    /** The prediction, an object. */
    public static final String OUTPUTS = "outputs";
    /** The predicted class, inside {@link #OUTPUTS}. */
    public static final String LABEL = "label";
    /** The probability of each class, inside {@link #OUTPUTS}. */
    public static final String PROBABILITIES = "probabilities";
    /** The predicted number of a regression, inside {@link #OUTPUTS}. */
    public static final String VALUE = "value";
    /** The service's latency for this request, in microseconds. */
    public static final String LATENCY_MICROS = "latencyMicros";
    /** Between a batch request's id and a record's index. */
    public static final char BATCH_SEPARATOR = '#';

    /** {@code requests-YYYYMMDD-HHmmss-N.jsonl}, optionally gzipped: the UTC time the file was opened and a counter. */
    public static final Pattern FILE_NAME = Pattern.compile("requests-(\\d{8})-(\\d{6})-(\\d+)\\.jsonl(\\.gz)?");

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RequestLogFormat() {}

    /**
     * Names a log file.
     *
     * @param openedAt when the file was opened, epoch milliseconds UTC
     * @param counter the rotation counter, to tell files opened in the same second apart
     * @param gzip whether the file is gzip-compressed
     * @return the file name
     */
    public static String fileName(final long openedAt, final int counter, final boolean gzip) {
        String time = LocalDateTime.ofEpochSecond(Math.floorDiv(openedAt, 1000), 0, ZoneOffset.UTC)
                .format(NAME_TIME);
        return "requests-" + time + "-" + counter + ".jsonl" + (gzip ? ".gz" : "");
    }

    /**
     * Reads the opening time from a log file's name.
     *
     * @param name the file name
     * @return epoch milliseconds UTC, or {@code Long.MIN_VALUE} when the name is not a log file's
     */
    static long openedAt(final String name) {
        Matcher matcher = FILE_NAME.matcher(name);
        if (!matcher.matches()) {
            return Long.MIN_VALUE;
        }
        return LocalDateTime.parse(matcher.group(1) + "-" + matcher.group(2), NAME_TIME)
                        .toEpochSecond(ZoneOffset.UTC)
                * 1000;
    }

    /**
     * Reads the rotation counter from a log file's name.
     *
     * @param name the file name, which must match {@link #FILE_NAME}
     * @return the counter
     */
    static long counter(final String name) {
        Matcher matcher = FILE_NAME.matcher(name);
        return matcher.matches() ? Long.parseLong(matcher.group(3)) : -1;
    }
}
