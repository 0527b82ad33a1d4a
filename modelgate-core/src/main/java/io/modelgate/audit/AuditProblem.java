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
        /** Entries are missing: the numbers jump and the chain with them. */
        DELETED,
        /** An entry that does not belong: it repeats another entry's number and nothing chains to it. */
        INSERTED,
        /** An entry stands before one with a smaller number. */
        REORDERED,
        /** An entry does not carry the hash of the entry before it although both are intact: one was rewritten. */
        BROKEN_CHAIN,
        /** The line is not an entry at all. */
        UNREADABLE,
        /** Verification with a public key found an entry without a signature. */
        UNSIGNED,
        /** Verification with a public key found an entry whose signature does not match its content. */
        BAD_SIGNATURE,
        /** The last line has no line break: a write was cut off (a crash), not tampering. */
        TORN;

        /** @return whether this finding means tampering (everything but a torn last line) */
        public boolean isTampering() {
            return this != TORN;
        }
    }
}
