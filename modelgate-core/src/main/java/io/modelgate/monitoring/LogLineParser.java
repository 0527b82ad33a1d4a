package io.modelgate.monitoring;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one request-log line into a {@link LogEntry} with Jackson's streaming parser: no tree, and only the input
 * columns asked for are kept. A line is valid when it is one JSON object with a parseable {@code timestamp} and an
 * {@code outputs} object carrying a label or a value; unknown fields are skipped. Nested values inside
 * {@code inputs} are read as missing.
 */
final class LogLineParser {
    private final JsonFactory factory = new JsonFactory();
    private final Map<String, Integer> columns = new HashMap<>();

    LogLineParser(final List<String> inputColumns) {
        for (int i = 0; i < inputColumns.size(); i++) {
            columns.put(inputColumns.get(i), i);
        }
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
        try (JsonParser parser = factory.createParser(bytes, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "not a JSON object";
            }
            boolean outputs = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                switch (name) {
                    case RequestLogFormat.TIMESTAMP -> entry.timestamp = timestamp(parser, token);
                    case RequestLogFormat.REQUEST_ID -> entry.requestId = scalar(parser, token);
                    case RequestLogFormat.MODEL -> entry.model = scalar(parser, token);
                    case RequestLogFormat.VERSION -> entry.version = scalar(parser, token);
                    case RequestLogFormat.INPUTS -> inputs(parser, token, entry);
                    case RequestLogFormat.OUTPUTS -> outputs = outputs(parser, token, entry);
                    case RequestLogFormat.LATENCY_MICROS ->
                        entry.latencyMicros = token == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : -1;
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return "content after the JSON object";
            }
            return problem(entry, outputs);
        } catch (IOException | NumberFormatException exception) {
            return "malformed JSON: " + firstLine(exception.getMessage());
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

    private static long timestamp(final JsonParser parser, final JsonToken token) throws IOException {
        return token == JsonToken.VALUE_STRING ? Timestamps.parse(parser.getText()) : skip(parser, Timestamps.INVALID);
    }

    private static String scalar(final JsonParser parser, final JsonToken token) throws IOException {
        if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
            return parser.getText();
        }
        parser.skipChildren();
        return null;
    }

    private void inputs(final JsonParser parser, final JsonToken token, final LogEntry entry) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            Integer column = columns.get(parser.currentName());
            JsonToken value = parser.nextToken();
            if (column == null) {
                parser.skipChildren();
            } else {
                entry.input(column, scalar(parser, value));
            }
        }
    }

    private static boolean outputs(final JsonParser parser, final JsonToken token, final LogEntry entry)
            throws IOException {
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return false;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case RequestLogFormat.LABEL -> entry.label = scalar(parser, value);
                case RequestLogFormat.VALUE -> entry.value = number(parser, value);
                case RequestLogFormat.PROBABILITIES -> probabilities(parser, value, entry);
                default -> parser.skipChildren();
            }
        }
        return true;
    }

    private static void probabilities(final JsonParser parser, final JsonToken token, final LogEntry entry)
            throws IOException {
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String label = parser.currentName();
            double probability = number(parser, parser.nextToken());
            if (!Double.isNaN(probability)) {
                entry.probability(label, probability);
            }
        }
    }

    private static double number(final JsonParser parser, final JsonToken token) throws IOException {
        return token.isNumeric() ? parser.getDoubleValue() : skip(parser, Double.NaN);
    }

    private static long skip(final JsonParser parser, final long result) throws IOException {
        parser.skipChildren();
        return result;
    }

    private static double skip(final JsonParser parser, final double result) throws IOException {
        parser.skipChildren();
        return result;
    }

    private static String firstLine(final String message) {
        if (message == null) {
            return "unexpected end";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
