package io.modelgate.registry;

/**
 * One move of an alias, chained to the transition before it (of any model) by SHA-256, like the audit trail.
 *
 * @param seq the transition's number in the registry, from 1
 * @param model the model
 * @param alias the alias moved
 * @param from the version it pointed to, {@link AliasMove#NONE} when it was new
 * @param to the version it points to now
 * @param toSha256 the bundle digest of that version when it moved
 * @param kind {@code move} or {@code rollback}
 * @param actor who
 * @param reason why
 * @param at when (ISO-8601, UTC)
 * @param prev the previous transition's hash, 64 zeros for the first
 * @param hash this transition's hash: SHA-256 of its other fields (see {@link TransitionChain#hash})
 */
public record Transition(
        long seq,
        String model,
        String alias,
        String from,
        String to,
        String toSha256,
        String kind,
        String actor,
        String reason,
        String at,
        String prev,
        String hash) {
    /** The kind of an ordinary move. */
    public static final String MOVE = "move";
    /** The kind of a rollback. */
    public static final String ROLLBACK = "rollback";

    /** @return e.g. {@code transition 7 (credit-risk@champion 2 -> 3)} */
    public String describe() {
        return "transition " + seq + " (" + model + "@" + alias + " " + from + " -> " + to + ")";
    }
}
