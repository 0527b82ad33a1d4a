package io.modelgate.audit;

/**
 * Something wrong in an audit trail.
 *
 * @param line the 1-based line of the entry
 * @param seq the entry's recorded number, or 0 when unreadable
 * @param kind what is wrong
 * @param message one sentence naming the entry and the evidence of tampering
 */
public record AuditProblem(long line, long seq, Kind kind, String message) {
    /** What is wrong with an entry. */
    public enum Kind {
        /** The entry's content no longer matches its own hash: it was edited. */
        EDITED,
        /** The entry does not follow the previous one: an entry was deleted, inserted or reordered. */
        BROKEN_CHAIN,
        /** The line is not an entry at all. */
        UNREADABLE,
        /** The last line has no line break: a write was cut off (a crash), not tampering. */
        TORN
    }
}
