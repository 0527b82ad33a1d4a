package io.modelgate.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hash chain of transitions in the database: each row's hash is the SHA-256 of the compact JSON of its other
 * fields in a fixed order ({@code seq, model, alias, from, to, toSha256, kind, actor, reason, at, prev}), and {@code
 * prev} is the hash of the transition numbered one less. Verification names an edited, deleted or inserted row.
 */
final class TransitionChain {
    /** The {@code prev} of the first transition. */
    static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();

    private TransitionChain() {}

    /**
     * Computes a transition's hash from its other fields.
     *
     * @param transition the transition (its own hash is ignored)
     * @return the hex SHA-256
     */
    static String hash(final Transition transition) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("seq", transition.seq());
        content.put("model", transition.model());
        content.put("alias", transition.alias());
        content.put("from", transition.from());
        content.put("to", transition.to());
        content.put("toSha256", transition.toSha256());
        content.put("kind", transition.kind());
        content.put("actor", transition.actor());
        content.put("reason", transition.reason());
        content.put("at", transition.at());
        content.put("prev", transition.prev());
        try {
            return Digests.of(JSON.writeValueAsString(content).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException exception) {
            throw new IllegalStateException("cannot hash a transition", exception);
        }
    }

    /**
     * Follows the chain.
     *
     * @param transitions every transition, ordered by number
     * @param headSeq the number the chain head records
     * @param headHash the hash the chain head records
     * @return one sentence per problem, naming the transition
     */
    static List<String> verify(final List<Transition> transitions, final long headSeq, final String headHash) {
        List<String> problems = new ArrayList<>();
        String prev = GENESIS;
        long expected = 1;
        for (Transition transition : transitions) {
            if (!hash(transition).equals(transition.hash())) {
                problems.add(transition.describe() + " was edited: its content no longer matches its hash");
            }
            if (transition.seq() != expected) {
                problems.add(transition.describe() + " follows a gap: transition " + expected
                        + (transition.seq() - 1 > expected ? " to " + (transition.seq() - 1) : "")
                        + " missing (deleted)");
            } else if (!transition.prev().equals(prev)) {
                problems.add(transition.describe() + " does not chain to transition " + (expected - 1)
                        + ": one of them was rewritten");
            }
            prev = transition.hash();
            expected = transition.seq() + 1;
        }
        if (headSeq != expected - 1 || !headHash.equals(prev)) {
            problems.add("the chain head records transition " + headSeq + " but the newest transition is "
                    + (expected - 1) + ": transitions at the end were deleted or added behind the registry's back");
        }
        return problems;
    }
}
