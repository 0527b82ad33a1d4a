package io.modelgate.jenkins.steps;

import io.modelgate.registry.Registry;
import io.modelgate.registry.RegistryException;
import io.modelgate.registry.Transition;
import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One rollback of an alias in an open registry, judged as a check: PASSED when the alias moved back, FAILED with the
 * registry's message when it could not (no earlier version, an unknown model), INACTIVE when the alias does not
 * point to the version the caller meant to roll back (nothing to undo, nothing changed).
 */
final class Rollback {
    private static final String CHECK = "registry:rollback";

    private final Registry registry;
    private final String model;
    private final String alias;
    private final String version;
    private String from = "";
    private String to = "";
    private long transition;

    Rollback(final Registry registry, final String model, final String alias, final String version) {
        this.registry = registry;
        this.model = model;
        this.alias = alias;
        this.version = version;
    }

    /**
     * Rolls back.
     *
     * @param actor who
     * @param reason why
     * @return the check
     */
    Check run(final String actor, final String reason) {
        String current =
                registry.models().contains(model) ? registry.aliases(model).getOrDefault(alias, "") : "";
        from = current;
        if (!version.isEmpty() && !version.equals(current)) {
            return Check.of(
                    CHECK,
                    GateStatus.INACTIVE,
                    alias + " = " + (current.isEmpty() ? "none" : current),
                    alias + " = " + version,
                    "nothing rolled back: " + model + "@" + alias + " points to "
                            + (current.isEmpty() ? "no version" : current) + ", not to " + version);
        }
        try {
            Transition done = registry.rollback(model, alias, actor, reason);
            from = done.from();
            to = done.to();
            transition = done.seq();
            return Check.of(
                    CHECK,
                    GateStatus.PASSED,
                    alias + ": " + from + " -> " + to,
                    "the version before " + from,
                    "rolled " + model + "@" + alias + " back from " + from + " to " + to + " (" + done.describe()
                            + ")");
        } catch (RegistryException refused) {
            return Check.of(
                    CHECK,
                    GateStatus.FAILED,
                    "not rolled back",
                    "the version before " + (current.isEmpty() ? "the current one" : current),
                    refused.getMessage());
        }
    }

    /**
     * Describes the rollback for the evidence.
     *
     * @param actor who
     * @param reason why
     * @return alias, from, to (empty when nothing moved), actor, reason and the transition's number (0 for none)
     */
    Map<String, Object> section(final String actor, final String reason) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("alias", alias);
        section.put("from", from);
        section.put("to", to);
        section.put("actor", actor);
        section.put("reason", reason);
        section.put("transition", transition);
        return section;
    }
}
