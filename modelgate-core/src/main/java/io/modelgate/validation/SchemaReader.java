package io.modelgate.validation;

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
import io.modelgate.data.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Reads a schema file, YAML or JSON by its extension ({@code .json} is JSON, anything else YAML). Strict: an unknown
 * key, a value of the wrong type or an inconsistent constraint is an error that names the file, line and column.
 */
public final class SchemaReader {
    private static final ObjectMapper YAML =
            configure(YAMLMapper.builder(new YAMLFactory()).build());
    private static final ObjectMapper JSON = configure(JsonMapper.builder().build());

    private SchemaReader() {}

    private static ObjectMapper configure(final ObjectMapper mapper) {
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Reads a schema file.
     *
     * @param file the YAML or JSON file
     * @return the schema
     * @throws IOException when the file cannot be read
     * @throws DataFormatException when the file is not a valid schema
     */
    public static Schema read(final Path file) throws IOException {
        ObjectMapper mapper = file.getFileName().toString().endsWith(".json") ? JSON : YAML;
        if (Files.size(file) == 0) {
            throw new DataFormatException(file, 0, 0, "the schema file is empty");
        }
        try {
            Schema schema = mapper.readValue(file.toFile(), Schema.class);
            if (schema == null) {
                throw new DataFormatException(file, 0, 0, "the schema file holds no document");
            }
            return schema;
        } catch (UnrecognizedPropertyException exception) {
            throw at(
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
}
