package io.modelgate.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Reads a configuration file (a schema, a policy), YAML or JSON by its extension ({@code .json} is JSON, anything
 * else YAML), into a record. Strict: an unknown key, a duplicate key, a value of the wrong type or a value the record
 * refuses is an error that names the file, line and column, and for an unknown key the keys allowed there.
 */
public final class StrictReader {
    private static final ObjectMapper YAML =
            configure(YAMLMapper.builder(new YAMLFactory()).build());
    private static final ObjectMapper JSON = configure(JsonMapper.builder().build());

    private StrictReader() {}

    private static ObjectMapper configure(final ObjectMapper mapper) {
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Reads a file.
     *
     * @param file the YAML or JSON file
     * @param type the record to read into
     * @param what what the file is, for messages, e.g. {@code schema}
     * @param <T> the record's type
     * @return the document
     * @throws IOException when the file cannot be read
     * @throws DataFormatException when the file is not a valid document of that type
     */
    public static <T> T read(final Path file, final Class<T> type, final String what) throws IOException {
        ObjectMapper mapper = file.getFileName().toString().endsWith(".json") ? JSON : YAML;
        if (Files.size(file) == 0) {
            throw new DataFormatException(file, 0, 0, "the " + what + " file is empty");
        }
        try {
            T document = mapper.readValue(file.toFile(), type);
            if (document == null) {
                throw new DataFormatException(file, 0, 0, "the " + what + " file holds no document");
            }
            return document;
        } catch (UnrecognizedPropertyException exception) {
            throw atKey(
                    file,
                    exception,
                    "unknown key '" + exception.getPropertyName() + "'; known keys here: "
                            + known(exception.getKnownPropertyIds()));
        } catch (JsonParseException exception) {
            throw at(
                    file,
                    exception,
                    "not valid " + (mapper == JSON ? "JSON" : "YAML") + ": " + exception.getOriginalMessage());
        } catch (JsonMappingException exception) {
            if (exception.getCause() instanceof JsonParseException syntax) {
                throw at(file, syntax, syntaxError(mapper, syntax));
            }
            throw at(file, exception, describe(exception));
        }
    }

    /** Keeps the parser's own words but not its multi-line excerpt of the file, which the position replaces. */
    private static String syntaxError(final ObjectMapper mapper, final JsonParseException exception) {
        String words = exception
                .getOriginalMessage()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("in '") && !line.equals("^"))
                .filter(line -> !line.startsWith("at [Source"))
                .collect(Collectors.joining(" "));
        return "not valid " + (mapper == JSON ? "JSON" : "YAML") + ": " + words;
    }

    private static String describe(final JsonMappingException exception) {
        Throwable cause = exception.getCause();
        String path = exception.getPath().stream()
                .map(reference ->
                        reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
        String where = path.isEmpty() ? "" : "at '" + path + "': ";
        if (cause instanceof IllegalArgumentException) {
            return where + cause.getMessage();
        }
        return where
                + exception
                        .getOriginalMessage()
                        .replaceAll("\\(class [^)]*\\)", "")
                        .strip();
    }

    private static String known(final Collection<Object> keys) {
        return keys == null
                ? "none"
                : keys.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static DataFormatException at(final Path file, final JsonProcessingException exception, final String text) {
        JsonLocation location = exception.getLocation();
        long line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        long column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        return new DataFormatException(file, line, column, text);
    }

    /**
     * Places an unknown key where it is written: the parser reports the position after the key's value (for records
     * the whole object is buffered first), so the key's own line is the nearest line at or before that position
     * that starts with the key.
     */
    private static DataFormatException atKey(
            final Path file, final UnrecognizedPropertyException exception, final String text) throws IOException {
        DataFormatException reported = at(file, exception, text);
        java.util.List<String> lines = Files.readAllLines(file);
        java.util.regex.Pattern key = java.util.regex.Pattern.compile(
                "^(\\s*(?:-\\s+)?)[\"']?" + java.util.regex.Pattern.quote(exception.getPropertyName()) + "[\"']?\\s*:");
        for (int line = (int) Math.min(Math.max(reported.getLine(), 1), lines.size()); line >= 1; line--) {
            java.util.regex.Matcher matcher = key.matcher(lines.get(line - 1));
            if (matcher.find()) {
                return new DataFormatException(file, line, matcher.group(1).length() + 1, text);
            }
        }
        return reported;
    }
}
