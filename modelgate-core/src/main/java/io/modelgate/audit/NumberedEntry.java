package io.modelgate.audit;

/**
 * An audit entry with the line it was read from.
 *
 * @param line the 1-based line
 * @param entry the entry
 */
record NumberedEntry(long line, AuditEntry entry) {
    long seq() {
        return entry.seq();
    }

    String describe() {
        return "entry " + entry.seq() + " (line " + line + ")";
    }
}
