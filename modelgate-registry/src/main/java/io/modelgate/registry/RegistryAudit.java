package io.modelgate.registry;

import io.modelgate.audit.AuditEntry;
import io.modelgate.audit.AuditTrail;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records the registry's changes in the audit trail. Every entry is made from a database row (a version or a
 * transition) and carries its key ({@value #REGISTERED} or {@value #TRANSITION}); under the trail's lock, every row
 * that no entry records yet is appended. So each change is recorded exactly once, also when a crash came between the
 * database commit and the append: the next change records it.
 */
final class RegistryAudit {
    static final String REGISTERED = "registered";
    static final String TRANSITION = "transition";

    private RegistryAudit() {}

    static void record(final AuditTrail trail, final VersionStore versions, final AliasStore aliases)
            throws IOException {
        trail.locked(appender -> {
            Set<String> recorded = new HashSet<>();
            for (AuditEntry entry : appender.entries()) {
                recorded.add(REGISTERED + ":" + entry.details().get(REGISTERED));
                recorded.add(TRANSITION + ":" + entry.details().get(TRANSITION));
            }
            for (ModelVersion version : versions.all()) {
                if (!recorded.contains(REGISTERED + ":" + key(version))) {
                    appender.append(version.createdBy(), "registry.register", version.reference(), details(version));
                }
            }
            for (Transition transition : aliases.all()) {
                if (!recorded.contains(TRANSITION + ":" + transition.hash())) {
                    appender.append(
                            transition.actor(),
                            "registry." + transition.kind(),
                            ModelReference.PREFIX + transition.model() + "@" + transition.alias(),
                            details(transition));
                }
            }
            return null;
        });
    }

    static TrailComparison compare(
            final List<AuditEntry> entries, final List<ModelVersion> versions, final List<Transition> transitions) {
        Map<String, ModelVersion> versionByKey = new HashMap<>();
        versions.forEach(version -> versionByKey.put(key(version), version));
        Map<String, Transition> transitionByHash = new HashMap<>();
        transitions.forEach(transition -> transitionByHash.put(transition.hash(), transition));
        List<String> failures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AuditEntry entry : entries) {
            String registered = entry.details().get(REGISTERED);
            String transition = entry.details().get(TRANSITION);
            String name = "audit entry " + entry.seq();
            if (registered != null) {
                ModelVersion version = versionByKey.get(registered);
                if (version == null || !details(version).equals(entry.details())) {
                    failures.add(name + " records version " + registered + " otherwise than the registry holds it");
                }
                seen.add(REGISTERED + ":" + registered);
            }
            if (transition != null) {
                Transition row = transitionByHash.get(transition);
                if (row == null
                        || !details(row).equals(entry.details())
                        || !row.actor().equals(entry.actor())) {
                    failures.add(name + " records transition " + entry.details().get("seq") + " ("
                            + entry.subject() + " -> " + entry.details().get("to")
                            + ") otherwise than the registry holds it");
                }
                if (!seen.add(TRANSITION + ":" + transition)) {
                    failures.add(name + " records transition " + entry.details().get("seq") + " a second time");
                }
            }
        }
        List<String> pending = new ArrayList<>();
        versions.stream()
                .filter(version -> !seen.contains(REGISTERED + ":" + key(version)))
                .forEach(version -> pending.add("version " + key(version) + " is not in the audit trail yet"));
        transitions.stream()
                .filter(row -> !seen.contains(TRANSITION + ":" + row.hash()))
                .forEach(row -> pending.add(row.describe() + " is not in the audit trail yet"));
        return new TrailComparison(failures, pending);
    }

    private static String key(final ModelVersion version) {
        return version.model() + "/" + version.version();
    }

    private static Map<String, String> details(final ModelVersion version) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("model", version.model());
        details.put("version", version.version());
        details.put("bundleSha256", version.bundleSha256());
        details.put("modelSha256", version.modelSha256());
        details.put("at", version.createdAt());
        details.put(REGISTERED, key(version));
        return new java.util.TreeMap<>(details);
    }

    private static Map<String, String> details(final Transition transition) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("model", transition.model());
        details.put("alias", transition.alias());
        details.put("from", transition.from());
        details.put("to", transition.to());
        details.put("toSha256", transition.toSha256());
        details.put("reason", transition.reason());
        details.put("at", transition.at());
        details.put("seq", String.valueOf(transition.seq()));
        details.put(TRANSITION, transition.hash());
        return new java.util.TreeMap<>(details);
    }
}
