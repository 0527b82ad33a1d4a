package io.modelgate.monitoring;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@code monitor performance}: the log's health, the join ({@code labels:join}), one check per window
 * ({@code performance:<window>}), one per concept-drift detector ({@code concept-drift:<detector>}, WARNING when it
 * found a change: a hint to look, not proof of a drop), and the {@code monitoring} section.
 */
public final class PerformanceMonitoringReport {
    private final List<WindowPerformance> windows;
    private final LabelJoin join;
    private final PerformancePolicy policy;
    private final LogHealth health;
    private final MonitoringSettings settings;

    /**
     * Collects the outcome.
     *
     * @param windows the verdict of every window
     * @param join the finished join
     * @param policy the gate's settings
     * @param health what the log pass found
     * @param settings the window length and {@code --since}
     */
    public PerformanceMonitoringReport(
            final List<WindowPerformance> windows,
            final LabelJoin join,
            final PerformancePolicy policy,
            final LogHealth health,
            final MonitoringSettings settings) {
        this.windows = List.copyOf(windows);
        this.join = join;
        this.policy = policy;
        this.health = health;
        this.settings = settings;
    }

    /** @return the windows, oldest first */
    public List<WindowPerformance> windows() {
        return windows;
    }

    /** @return whether at least one window got a verdict */
    public boolean hasVerdict() {
        return windows.stream().anyMatch(window -> window.reason() == null);
    }

    /** @return the windows with a significant drop */
    public List<WindowPerformance> failingWindows() {
        return windows.stream().filter(w -> !w.status().isSuccessful()).toList();
    }

    /** @return every change the detectors found */
    public List<ChangePoint> changes() {
        return join.streams().stream()
                .flatMap(stream -> stream.changes().stream())
                .toList();
    }

    /** @return the checks */
    public List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        checks.add(health.check());
        checks.add(PerformanceChecks.join(join));
        if (windows.isEmpty()) {
            checks.add(Check.of(
                    "performance:windows",
                    GateStatus.INACTIVE,
                    "no labelled predictions",
                    "predictions with labels",
                    "No logged prediction" + settings.sinceText() + " has a label yet, so performance was not"
                            + " measured."));
        }
        windows.forEach(window -> checks.add(PerformanceChecks.window(window, policy)));
        join.streams().forEach(stream -> checks.add(PerformanceChecks.detector(stream)));
        return checks;
    }

    /** @return the {@code monitoring} section */
    public Map<String, Object> section() {
        Map<String, Object> section = settings.section("performance");
        section.put("log", health.section());
        section.put("metric", policy.metric().key());
        section.put("direction", policy.metric().isHigherBetter() ? "higher" : "lower");
        if (policy.baseline() != null) {
            Map<String, Object> baseline = new LinkedHashMap<>();
            baseline.put("value", policy.baseline().value());
            baseline.put("source", policy.baseline().source());
            section.put("baseline", baseline);
        }
        section.put("tolerance", policy.tolerance());
        section.put("bound", DriftMonitoringReport.finite(policy.bound()));
        section.put("confidenceLevel", policy.confidenceLevel());
        section.put("resamples", policy.resamples());
        section.put("seed", policy.seed());
        section.put("join", PerformanceChecks.joinSection(join));
        section.put(
                "windows",
                windows.stream().map(PerformanceChecks::windowSection).toList());
        section.put(
                "detectors",
                join.streams().stream().map(PerformanceChecks::detectorSection).toList());
        return section;
    }
}
