package io.modelgate.registry;

import java.util.List;

/**
 * The registry held against its audit trail.
 *
 * @param failures entries that record changes the registry does not have (or has otherwise): tampering
 * @param pending changes the trail does not record yet: a crash came between the database commit and the audit
 *     entry; the next registry change records them
 */
public record TrailComparison(List<String> failures, List<String> pending) {
    /**
     * Copies the lists.
     *
     * @param failures tampering found
     * @param pending changes not recorded yet
     */
    public TrailComparison {
        failures = List.copyOf(failures);
        pending = List.copyOf(pending);
    }
}
