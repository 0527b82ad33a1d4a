package io.modelgate.reproducibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Says what changed between two lineage fingerprints, one sentence per change, so a nightly build can end early
 * when nothing did. A dirty working tree counts as a change: uncommitted code is not pinned by the commit.
 */
public final class LineageDiff {
    private LineageDiff() {}

    /**
     * Lists the changes.
     *
     * @param previous the earlier fingerprint
     * @param current the new one
     * @return the changes, empty when nothing changed
     */
    public static List<String> changes(final Lineage previous, final Lineage current) {
        List<String> changes = new ArrayList<>();
        Map<String, LineageInput> before = byKey(previous.inputs());
        Map<String, LineageInput> after = byKey(current.inputs());
        for (String key : new TreeSet<>(union(before, after))) {
            LineageInput a = before.get(key);
            LineageInput b = after.get(key);
            if (a == null) {
                changes.add("new " + key);
            } else if (b == null) {
                changes.add("no longer declared: " + key);
            } else if (!a.sha256().equals(b.sha256())) {
                changes.add("changed " + key + " (sha256 " + a.sha256().substring(0, 12) + " -> "
                        + b.sha256().substring(0, 12) + ")");
            }
        }
        if (!previous.commit().equals(current.commit())) {
            changes.add("code revision " + shortened(previous.commit()) + " -> " + shortened(current.commit()));
        }
        if (current.dirty()) {
            changes.add("uncommitted changes in the working tree");
        }
        if (!previous.command().equals(current.command())) {
            changes.add("training command '" + previous.command() + "' -> '" + current.command() + "'");
        }
        for (String tool : new TreeSet<>(union(previous.environment(), current.environment()))) {
            String a = previous.environment().get(tool);
            String b = current.environment().get(tool);
            if (!Objects.equals(a, b)) {
                changes.add(tool + " " + (a == null ? "(absent)" : a) + " -> " + (b == null ? "(absent)" : b));
            }
        }
        if (!previous.seeds().equals(current.seeds())) {
            changes.add("seeds " + previous.seeds() + " -> " + current.seeds());
        }
        return changes;
    }

    private static Map<String, LineageInput> byKey(final List<LineageInput> inputs) {
        Map<String, LineageInput> keyed = new LinkedHashMap<>();
        inputs.forEach(input -> keyed.put(input.role() + " " + input.path(), input));
        return keyed;
    }

    private static TreeSet<String> union(final Map<String, ?> a, final Map<String, ?> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static String shortened(final String commit) {
        return commit.isEmpty() ? "(none)" : commit.substring(0, Math.min(12, commit.length()));
    }
}
