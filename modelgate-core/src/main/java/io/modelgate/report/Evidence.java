package io.modelgate.report;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One piece of evidence: the JSON document a step writes (ARCHITECTURE.md §4). The common envelope plus sections
 * that its kind needs (for example {@code columns} and {@code drift} for validation), which appear as top-level
 * fields of the JSON.
 *
 * @param kind what made it: {@code validation}, {@code drift}, {@code comparison}, ...
 * @param schemaVersion the version of this document's layout, 1
 * @param status the overall status: the worst of the checks, unless the kind says otherwise
 * @param subject the model and version it concerns
 * @param createdAt when it was made, UTC
 * @param tool the program that made it
 * @param inputs the files it was made from
 * @param checks the checks, in the order they were made
 * @param sections the kind's own parts, each JSON-serialisable (records, lists, maps, numbers, strings)
 */
@JsonPropertyOrder({"kind", "schemaVersion", "status", "subject", "createdAt", "tool", "inputs", "checks"})
public record Evidence(
        String kind,
        int schemaVersion,
        GateStatus status,
        Subject subject,
        String createdAt,
        Tool tool,
        List<Input> inputs,
        List<Check> checks,
        Map<String, Object> sections) {
    /** The layout version this code writes. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * Copies the lists.
     *
     * @param kind what made it
     * @param schemaVersion layout version
     * @param status overall status
     * @param subject model and version
     * @param createdAt when
     * @param tool program
     * @param inputs files
     * @param checks checks
     * @param sections the kind's parts
     */
    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        inputs = List.copyOf(inputs);
        checks = List.copyOf(checks);
        sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /**
     * Creates evidence made now by this program, whose status is the worst status of its checks (PASSED when it has
     * none).
     *
     * @param kind what made it
     * @param subject model and version
     * @param inputs files
     * @param checks checks
     * @param sections the kind's parts
     * @return the evidence
     */
    public static Evidence of(
            final String kind,
            final Subject subject,
            final List<Input> inputs,
            final List<Check> checks,
            final Map<String, Object> sections) {
        return new Evidence(
                kind,
                SCHEMA_VERSION,
                worstOf(checks),
                subject,
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                Tool.MODELGATE,
                inputs,
                checks,
                sections);
    }

    /**
     * Returns the worst status of some checks; INACTIVE only when every check is INACTIVE, so that evidence in
     * which nothing was evaluated never reads as a pass.
     *
     * @param checks the checks
     * @return PASSED when there are none
     */
    public static GateStatus worstOf(final List<Check> checks) {
        if (checks.isEmpty()) {
            return GateStatus.PASSED;
        }
        GateStatus worst = GateStatus.INACTIVE;
        for (Check check : checks) {
            worst = worst.worst(check.status());
        }
        return worst;
    }

    /** @return the kind's own parts, as top-level JSON fields */
    @Override
    @JsonAnyGetter
    public Map<String, Object> sections() {
        return sections;
    }

    /**
     * Returns one of the kind's parts.
     *
     * @param name the part's name
     * @return the part, or {@code null}
     */
    public Object section(final String name) {
        return sections.get(name);
    }

    /** @return the checks whose status is a problem, worst first */
    public List<Check> problems() {
        return checks.stream()
                .filter(check -> check.status().isProblem())
                .sorted((a, b) ->
                        Integer.compare(b.status().ordinal(), a.status().ordinal()))
                .toList();
    }
}
