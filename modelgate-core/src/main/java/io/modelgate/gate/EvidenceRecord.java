package io.modelgate.gate;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelgate.report.GateStatus;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One evidence document as recorded: where it is, the SHA-256 of its bytes, and its JSON.
 *
 * @param file the evidence file
 * @param sha256 the SHA-256 of the file's bytes
 * @param json the document
 */
public record EvidenceRecord(Path file, String sha256, JsonNode json) {
    /** @return the kind, e.g. {@code comparison} */
    public String kind() {
        return json.path("kind").asText();
    }

    /** @return the recorded status; {@link GateStatus#FAILED} when it is missing or unknown */
    public GateStatus status() {
        try {
            return GateStatus.valueOf(json.path("status").asText());
        } catch (IllegalArgumentException exception) {
            return GateStatus.FAILED;
        }
    }

    /** @return the model the evidence is about, empty when none */
    public String model() {
        return json.path("subject").path("model").asText();
    }

    /** @return the model's version, empty when none */
    public String version() {
        return json.path("subject").path("version").asText();
    }

    /** @return when it was made, as recorded (ISO-8601) */
    public String createdAt() {
        return json.path("createdAt").asText();
    }

    /**
     * Returns the digest of the input that played a role.
     *
     * @param role the role, e.g. {@code candidate}, {@code model}, {@code bundle}
     * @return its SHA-256, when the evidence lists such an input
     */
    public Optional<String> input(final String role) {
        for (JsonNode input : json.path("inputs")) {
            if (role.equals(input.path("role").asText())
                    && !input.path("sha256").asText().isEmpty()) {
                return Optional.of(input.path("sha256").asText());
            }
        }
        return Optional.empty();
    }
}
