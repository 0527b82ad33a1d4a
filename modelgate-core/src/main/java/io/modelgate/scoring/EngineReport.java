package io.modelgate.scoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which engine scored a model's rows and why, for the evidence: the engine asked for, the engine used, the reason
 * (what was compiled and the self-check's outcome, or why jpmml scores the model), how many rows the self-check
 * compared and the largest relative difference it saw, and, after scoring, how many rows were scored, how many of
 * those jpmml scored because the compiled engine leaves them to it, and how many were audited against jpmml.
 *
 * @param model the PMML file
 * @param requested the engine asked for
 * @param engine the engine used: {@code compiled} or {@code jpmml}
 * @param reason why
 * @param checkedRows rows the self-check compared with jpmml
 * @param maxRelativeDifference the largest relative difference of the self-check (0 when none)
 * @param rows rows scored
 * @param jpmmlRows rows of the compiled engine's run that jpmml scored (missing or invalid values...)
 * @param auditedRows rows compared with jpmml during the run
 */
public record EngineReport(
        String model,
        ScoringEngine requested,
        String engine,
        String reason,
        long checkedRows,
        double maxRelativeDifference,
        long rows,
        long jpmmlRows,
        long auditedRows) {
    /** @return the report as an evidence section */
    public Map<String, Object> section() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("model", model);
        section.put("requested", requested.key());
        section.put("engine", engine);
        section.put("reason", reason);
        section.put("checkedRows", checkedRows);
        section.put("maxRelativeDifference", maxRelativeDifference);
        section.put("rows", rows);
        section.put("jpmmlRows", jpmmlRows);
        section.put("auditedRows", auditedRows);
        return section;
    }
}
