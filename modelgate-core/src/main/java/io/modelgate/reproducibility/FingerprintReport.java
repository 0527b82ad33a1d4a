package io.modelgate.reproducibility;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a lineage fingerprint, and its comparison with the previous build's, into checks and the {@code lineage}
 * and {@code changes} sections of {@code fingerprint} evidence.
 */
public final class FingerprintReport {
    private FingerprintReport() {}

    /**
     * Makes the checks: the inputs were hashed; a dirty tree is a NOTE, because the commit does not pin the code.
     *
     * @param lineage the fingerprint
     * @return the checks
     */
    public static List<Check> checks(final Lineage lineage) {
        List<Check> checks = new ArrayList<>();
        checks.add(Check.of(
                "fingerprint:inputs",
                GateStatus.PASSED,
                lineage.inputs().size() + " input(s)",
                "every declared input readable",
                "hashed " + lineage.inputs().size() + " declared input(s)"));
        if (lineage.commit().isEmpty()) {
            checks.add(Check.of(
                    "fingerprint:code",
                    GateStatus.NOTE,
                    "no git repository",
                    "a git commit",
                    "the working directory is not a git repository, so the code revision is not recorded"));
        } else {
            checks.add(Check.of(
                    "fingerprint:code",
                    lineage.dirty() ? GateStatus.NOTE : GateStatus.PASSED,
                    lineage.commit() + (lineage.dirty() ? " with uncommitted changes" : ""),
                    "a clean commit",
                    lineage.dirty()
                            ? "the working tree has uncommitted changes: the commit does not pin the code"
                            : "code at commit " + lineage.commit()));
        }
        return checks;
    }

    /**
     * Makes the comparison section.
     *
     * @param previousCreatedAt when the previous fingerprint was made
     * @param previousBuild the previous build's number or URL, or empty
     * @param changes what changed, empty when nothing did
     * @return the section
     */
    public static Map<String, Object> comparison(
            final String previousCreatedAt, final String previousBuild, final List<String> changes) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("previousCreatedAt", previousCreatedAt);
        section.put("previousBuild", previousBuild);
        section.put("unchanged", changes.isEmpty());
        section.put("changes", changes);
        return section;
    }
}
