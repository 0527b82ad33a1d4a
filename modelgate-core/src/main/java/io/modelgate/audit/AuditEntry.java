package io.modelgate.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * One audit entry: who did what to which subject, when, with details; chained to the previous entry by its hash.
 * The entry's hash is the SHA-256 of its JSON line without the {@code hash} field, fields in the order written here
 * and details sorted by key.
 *
 * @param seq the entry's number, from 1
 * @param timestamp when (ISO-8601, UTC)
 * @param actor who
 * @param action what, e.g. {@code approve}, {@code stage}, {@code alias}
 * @param subject what it concerns, e.g. {@code credit-risk@3}
 * @param details further facts, e.g. the evidence digest
 * @param prev the previous entry's hash, 64 zeros for the first
 * @param hash this entry's hash
 * @param signature the Base64 Ed25519 signature of the bytes the hash covers, empty when unsigned; outside the hash,
 *     so that signing does not change the chain
 */
public record AuditEntry(
        long seq,
        String timestamp,
        String actor,
        String action,
        String subject,
        Map<String, String> details,
        String prev,
        String hash,
        String signature) {
    /** The {@code prev} of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Normalises the details.
     *
     * @param seq number
     * @param timestamp time
     * @param actor who
     * @param action what
     * @param subject about what
     * @param details facts
     * @param prev previous hash
     * @param hash own hash
     * @param signature Base64 signature or empty
     */
    public AuditEntry {
        details = new TreeMap<>(details);
    }

    /**
     * Creates an unsigned entry.
     *
     * @param seq number
     * @param timestamp time
     * @param actor who
     * @param action what
     * @param subject about what
     * @param details facts
     * @param prev previous hash
     * @param hash own hash
     */
    public AuditEntry(
            final long seq,
            final String timestamp,
            final String actor,
            final String action,
            final String subject,
            final Map<String, String> details,
            final String prev,
            final String hash) {
        this(seq, timestamp, actor, action, subject, details, prev, hash, "");
    }

    /** @return whether the entry carries a signature */
    public boolean isSigned() {
        return !signature.isEmpty();
    }

    AuditEntry withSignature(final String base64) {
        return new AuditEntry(seq, timestamp, actor, action, subject, details, prev, hash, base64);
    }

    /**
     * Creates an entry chained to a previous hash, computing its own hash.
     *
     * @param seq number
     * @param timestamp time
     * @param actor who
     * @param action what
     * @param subject about what
     * @param details facts
     * @param prev the previous entry's hash
     * @return the entry
     */
    static AuditEntry chained(
            final long seq,
            final String timestamp,
            final String actor,
            final String action,
            final String subject,
            final Map<String, String> details,
            final String prev) {
        AuditEntry draft = new AuditEntry(seq, timestamp, actor, action, subject, details, prev, "");
        return new AuditEntry(seq, timestamp, actor, action, subject, details, prev, draft.computeHash());
    }

    /** @return the SHA-256 of the entry's content (everything but its hash) */
    String computeHash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content()));
        } catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException("cannot hash an audit entry", exception);
        }
    }

    /** @return the bytes that the hash and the signature cover: the JSON line without hash and signature */
    byte[] content() {
        try {
            return JSON.writeValueAsBytes(contentNode());
        } catch (JsonProcessingException exception) {
            throw new IllegalStateException("cannot write an audit entry", exception);
        }
    }

    /** @return the JSON line, without its line break */
    String toLine() {
        ObjectNode line = contentNode();
        line.put("hash", hash);
        if (isSigned()) {
            line.put("signature", signature);
        }
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException exception) {
            throw new IllegalStateException("cannot write an audit entry", exception);
        }
    }

    static AuditEntry fromLine(final String line) throws JsonProcessingException {
        JsonNode json = JSON.readTree(line);
        Map<String, String> details = new TreeMap<>();
        json.path("details")
                .fields()
                .forEachRemaining(
                        field -> details.put(field.getKey(), field.getValue().asText()));
        return new AuditEntry(
                json.path("seq").asLong(),
                json.path("timestamp").asText(),
                json.path("actor").asText(),
                json.path("action").asText(),
                json.path("subject").asText(),
                details,
                json.path("prev").asText(),
                json.path("hash").asText(),
                json.path("signature").asText());
    }

    private ObjectNode contentNode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("seq", seq);
        node.put("timestamp", timestamp);
        node.put("actor", actor);
        node.put("action", action);
        node.put("subject", subject);
        ObjectNode detailNode = node.putObject("details");
        details.forEach(detailNode::put);
        node.put("prev", prev);
        return node;
    }
}
