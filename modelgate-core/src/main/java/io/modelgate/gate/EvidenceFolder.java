package io.modelgate.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.report.Digests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The evidence documents in a folder and its subfolders: every {@code .json} file with a {@code kind} and a
 * {@code schemaVersion}. Other JSON files are ignored; a {@code .json} file that does not parse is an error, since a
 * gate must not pass because evidence was unreadable.
 */
public final class EvidenceFolder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<EvidenceRecord> records;

    private EvidenceFolder(final List<EvidenceRecord> records) {
        this.records = List.copyOf(records);
    }

    /**
     * Reads a folder.
     *
     * @param folder the evidence folder; a missing folder holds no evidence
     * @return the evidence found
     * @throws IOException when a file cannot be read or a JSON file does not parse (the message names it)
     */
    public static EvidenceFolder read(final Path folder) throws IOException {
        List<EvidenceRecord> records = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new EvidenceFolder(records);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json"))
                    .sorted()
                    .toList()) {
                byte[] bytes = Files.readAllBytes(file);
                JsonNode json;
                try {
                    json = JSON.readTree(bytes);
                } catch (JsonProcessingException exception) {
                    throw new IOException(file + ": not valid JSON: " + exception.getOriginalMessage(), exception);
                }
                if (json != null && json.has("kind") && json.has("schemaVersion")) {
                    records.add(new EvidenceRecord(file, Digests.sha256(bytes), json));
                }
            }
        }
        return new EvidenceFolder(records);
    }

    /** @return every evidence document, in path order */
    public List<EvidenceRecord> all() {
        return records;
    }

    /**
     * Returns every document of a kind.
     *
     * @param kind the kind
     * @return them, newest first
     */
    public List<EvidenceRecord> ofKind(final String kind) {
        return records.stream()
                .filter(record -> kind.equals(record.kind()))
                .sorted(Comparator.comparing(EvidenceRecord::createdAt)
                        .thenComparing(record -> record.file().toString())
                        .reversed())
                .toList();
    }

    /**
     * Returns the newest document of a kind.
     *
     * @param kind the kind
     * @return it, when there is one
     */
    public Optional<EvidenceRecord> newest(final String kind) {
        return ofKind(kind).stream().findFirst();
    }
}
