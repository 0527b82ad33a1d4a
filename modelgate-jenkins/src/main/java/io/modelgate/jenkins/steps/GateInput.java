package io.modelgate.jenkins.steps;

import io.modelgate.report.Input;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** One input of the evidence (role, path, fingerprint, rows) as it crosses the agent channel: plain strings. */
public final class GateInput implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String role;
    private final String path;
    private final String sha256;
    private final long rows;

    GateInput(final Input input) {
        this.role = input.role();
        this.path = input.path();
        this.sha256 = input.sha256();
        this.rows = input.rows();
    }

    public String getRole() {
        return role;
    }

    public String getPath() {
        return path;
    }

    public String getSha256() {
        return sha256;
    }

    public long getRows() {
        return rows;
    }

    /** @return path, sha256 and, for datasets, rows, as the step's summary map shows them */
    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("path", path);
        summary.put("sha256", sha256);
        if (rows >= 0) {
            summary.put("rows", rows);
        }
        return summary;
    }
}
