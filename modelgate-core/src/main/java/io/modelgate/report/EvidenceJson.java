package io.modelgate.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes evidence as JSON (atomically) and reads it back as a tree for gates and reports. */
public final class EvidenceJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private EvidenceJson() {}

    /**
     * Renders evidence as pretty-printed JSON.
     *
     * @param evidence the evidence
     * @return the JSON text
     */
    public static String toJson(final Evidence evidence) {
        try {
            return MAPPER.writeValueAsString(evidence) + "\n";
        } catch (JsonProcessingException exception) {
            throw new UncheckedIOException("Cannot render the " + evidence.kind() + " evidence as JSON", exception);
        }
    }

    /**
     * Renders evidence as a JSON tree, the form the HTML report and gates read.
     *
     * @param evidence the evidence
     * @return the tree
     */
    public static JsonNode toTree(final Evidence evidence) {
        return MAPPER.valueToTree(evidence);
    }

    /**
     * Writes evidence into a folder as {@code <name>.json}, atomically.
     *
     * @param evidence the evidence
     * @param folder the evidence folder, created when missing
     * @param name the file's base name, usually the kind
     * @return the file written
     * @throws IOException when it cannot be written
     */
    public static Path write(final Evidence evidence, final Path folder, final String name) throws IOException {
        Path file = folder.resolve(name + ".json");
        AtomicFiles.writeString(file, toJson(evidence));
        return file;
    }

    /**
     * Reads an evidence file as a tree.
     *
     * @param file the JSON file
     * @return the tree
     * @throws IOException when it cannot be read or is not JSON
     */
    public static JsonNode read(final Path file) throws IOException {
        return MAPPER.readTree(file.toFile());
    }
}
