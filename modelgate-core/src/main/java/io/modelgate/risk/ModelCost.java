package io.modelgate.risk;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the model costs to ship and run: its {@linkplain ModelStructure size and structure} and its
 * {@linkplain ScoringLatency scoring latency}, checked against optional limits ({@code cost:size} on the file size
 * in bytes, {@code cost:latency} on the p99 latency per row in microseconds). Without a limit a check passes and
 * reports the value.
 *
 * @param structure the size and structure
 * @param latency the latency per row
 */
public record ModelCost(ModelStructure structure, ScoringLatency latency) {
    /**
     * Checks the cost against its limits.
     *
     * @param maximumSizeBytes the largest file size, or {@code null} for no limit
     * @param maximumLatencyMicros the largest p99 latency per row, or {@code null} for no limit
     * @return {@code cost:size} and {@code cost:latency}
     */
    public List<Check> checks(final Long maximumSizeBytes, final Double maximumLatencyMicros) {
        long size = structure.sizeBytes();
        String shape = structure.trees() > 0
                ? String.format(Locale.ROOT, " with %d tree(s) and %d nodes", structure.trees(), structure.nodes())
                : "";
        Check sizeCheck = maximumSizeBytes == null
                ? Check.of(
                        "cost:size",
                        GateStatus.PASSED,
                        size + " bytes",
                        "no limit",
                        "The PMML has " + size + " bytes" + shape + "; no size limit is set.")
                : Check.of(
                        "cost:size",
                        size <= maximumSizeBytes ? GateStatus.PASSED : GateStatus.FAILED,
                        size + " bytes",
                        "<= " + maximumSizeBytes + " bytes",
                        "The PMML has " + size + " bytes" + shape + (size <= maximumSizeBytes ? ", within" : ", over")
                                + " the limit of " + maximumSizeBytes + " bytes.");
        String found =
                String.format(Locale.ROOT, "p99 %.1f us (p50 %.1f us)", latency.p99Micros(), latency.p50Micros());
        String measured = " per row over " + latency.scorings() + " timed scorings after warm-up";
        Check latencyCheck = maximumLatencyMicros == null
                ? Check.of(
                        "cost:latency",
                        GateStatus.PASSED,
                        found,
                        "no limit",
                        "Scoring takes " + found + measured + "; no latency limit is set.")
                : Check.of(
                        "cost:latency",
                        latency.p99Micros() <= maximumLatencyMicros ? GateStatus.PASSED : GateStatus.FAILED,
                        found,
                        String.format(Locale.ROOT, "p99 <= %s us", maximumLatencyMicros),
                        "Scoring takes " + found + measured
                                + (latency.p99Micros() <= maximumLatencyMicros ? ", within" : ", over")
                                + " the limit of " + maximumLatencyMicros + " us.");
        return List.of(sizeCheck, latencyCheck);
    }

    /**
     * Adds the cost to the risk section.
     *
     * @param section the section to fill
     */
    public void describe(final Map<String, Object> section) {
        section.put("sizeBytes", structure.sizeBytes());
        section.put("trees", structure.trees());
        section.put("segments", structure.segments());
        section.put("nodes", structure.nodes());
        section.put("latencyP50Micros", latency.p50Micros());
        section.put("latencyP99Micros", latency.p99Micros());
        section.put("latencyScorings", latency.scorings());
    }
}
