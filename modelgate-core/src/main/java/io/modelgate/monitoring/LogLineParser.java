package io.modelgate.monitoring;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Parses one request-log line into a {@link LogEntry} straight from its UTF-8 bytes: a strict JSON parser for one
 * object per line that builds no tree and allocates only the strings it keeps (the input columns asked for, the ids,
 * the label). A line is valid when it is one JSON object with a parseable {@code timestamp} and an {@code outputs}
 * object carrying a label or a value; unknown fields are skipped whatever their shape, and nested values inside
 * {@code inputs} are read as missing. Not thread-safe: one parser per reading thread.
 */
final class LogLineParser {
    private static final int MAX_DEPTH = 64;
    private static final byte[] TIMESTAMP = bytes(RequestLogFormat.TIMESTAMP);
    private static final byte[] REQUEST_ID = bytes(RequestLogFormat.REQUEST_ID);
    private static final byte[] MODEL = bytes(RequestLogFormat.MODEL);
    private static final byte[] VERSION = bytes(RequestLogFormat.VERSION);
    private static final byte[] INPUTS = bytes(RequestLogFormat.INPUTS);
    private static final byte[] OUTPUTS = bytes(RequestLogFormat.OUTPUTS);
    private static final byte[] LABEL = bytes(RequestLogFormat.LABEL);
    private static final byte[] VALUE = bytes(RequestLogFormat.VALUE);
    private static final byte[] PROBABILITIES = bytes(RequestLogFormat.PROBABILITIES);
    private static final byte[] LATENCY = bytes(RequestLogFormat.LATENCY_MICROS);

    private final byte[][] columns;
    private final JsonBytes json = new JsonBytes();

    LogLineParser(final List<String> inputColumns) {
        columns = inputColumns.stream().map(LogLineParser::bytes).toArray(byte[][]::new);
    }

    private static byte[] bytes(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Parses a line.
     *
     * @param bytes the buffer
     * @param offset where the line starts
     * @param length its length, without the line break
     * @param entry filled in place
     * @return {@code null} when the line is valid, else what is wrong with it
     */
    String parse(final byte[] bytes, final int offset, final int length, final LogEntry entry) {
        entry.clear();
        json.reset(bytes, offset, offset + length);
        try {
            boolean outputs = false;
            json.open('{');
            while (json.nextMember()) {
                int start = json.keyStart();
                int size = json.keyLength();
                if (json.keyIs(TIMESTAMP, start, size)) {
                    String text = json.stringOrNull();
                    entry.timestamp = text == null ? Timestamps.INVALID : Timestamps.parse(text);
                } else if (json.keyIs(REQUEST_ID, start, size)) {
                    entry.requestId = json.scalarOrNull();
                } else if (json.keyIs(MODEL, start, size)) {
                    entry.model = json.scalarOrNull();
                } else if (json.keyIs(VERSION, start, size)) {
                    entry.version = json.scalarOrNull();
                } else if (json.keyIs(INPUTS, start, size)) {
                    inputs(entry);
                } else if (json.keyIs(OUTPUTS, start, size)) {
                    outputs = outputs(entry);
                } else if (json.keyIs(LATENCY, start, size)) {
                    String text = json.scalarOrNull();
                    entry.latencyMicros = text == null ? -1 : latency(text);
                } else {
                    json.skipValue(MAX_DEPTH);
                }
            }
            json.end();
            return problem(entry, outputs);
        } catch (JsonBytes.Malformed malformed) {
            return "malformed JSON: " + malformed.getMessage() + " at column " + (json.position() - offset + 1);
        }
    }

    private void inputs(final LogEntry entry) {
        if (!json.isNext('{')) {
            json.skipValue(MAX_DEPTH);
            return;
        }
        json.open('{');
        while (json.nextMember()) {
            int column = column(json.keyStart(), json.keyLength());
            if (column < 0) {
                json.skipValue(MAX_DEPTH);
            } else {
                entry.input(column, json.scalarOrNull());
            }
        }
    }

    private int column(final int start, final int size) {
        for (int i = 0; i < columns.length; i++) {
            if (json.keyIs(columns[i], start, size)) {
                return i;
            }
        }
        return -1;
    }

    private boolean outputs(final LogEntry entry) {
        if (!json.isNext('{')) {
            json.skipValue(MAX_DEPTH);
            return false;
        }
        json.open('{');
        while (json.nextMember()) {
            int start = json.keyStart();
            int size = json.keyLength();
            if (json.keyIs(LABEL, start, size)) {
                entry.label = json.scalarOrNull();
            } else if (json.keyIs(VALUE, start, size)) {
                entry.value = number(json.scalarOrNull(true));
            } else if (json.keyIs(PROBABILITIES, start, size) && json.isNext('{')) {
                json.open('{');
                while (json.nextMember()) {
                    String label = json.key();
                    String probability = json.scalarOrNull(true);
                    if (probability != null && json.wasNumber()) {
                        entry.probability(label, probability);
                    }
                }
            } else {
                json.skipValue(MAX_DEPTH);
            }
        }
        return true;
    }

    private double number(final String text) {
        if (text == null || !json.wasNumber()) {
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }

    private long latency(final String text) {
        try {
            return json.wasNumber() ? Long.parseLong(text) : -1;
        } catch (NumberFormatException notAnInteger) {
            return -1;
        }
    }

    private static String problem(final LogEntry entry, final boolean outputs) {
        if (entry.timestamp == Timestamps.INVALID) {
            return "no valid \"" + RequestLogFormat.TIMESTAMP + "\"";
        }
        if (!outputs || entry.label == null && Double.isNaN(entry.value)) {
            return "no \"" + RequestLogFormat.OUTPUTS + "\" with a \"" + RequestLogFormat.LABEL + "\" or a \""
                    + RequestLogFormat.VALUE + "\"";
        }
        return null;
    }
}
