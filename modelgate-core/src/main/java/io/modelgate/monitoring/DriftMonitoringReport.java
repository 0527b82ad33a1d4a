package io.modelgate.monitoring;

import io.modelgate.drift.DriftReport;
import io.modelgate.drift.FeatureDrift;
import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of {@code monitor drift}: the log's health, then per window one check for the inputs
 * ({@code drift:<window>}) and one for the predictions ({@code prediction-drift:<window>}), and the {@code monitoring}
 * section with every feature's effect size per window, from which the report draws its heat map.
 */
public final class DriftMonitoringReport {
    private final List<WindowDrift> windows;
    private final LogHealth health;
    private final MonitoringSettings settings;

    /**
     * Collects the outcome.
     *
     * @param windows the verdict of every window, oldest first
     * @param health what the log pass found
     * @param settings the window length, minimum rows and {@code --since} used
     */
    public DriftMonitoringReport(
            final List<WindowDrift> windows, final LogHealth health, final MonitoringSettings settings) {
        this.windows = List.copyOf(windows);
        this.health = health;
        this.settings = settings;
    }

    /** @return the windows, oldest first */
    public List<WindowDrift> windows() {
        return windows;
    }

    /** @return the checks, in order: the log, then each window's inputs and predictions */
    public List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        checks.add(health.check());
        if (windows.isEmpty()) {
            checks.add(Check.of(
                    "drift:windows",
                    GateStatus.INACTIVE,
                    "no entries",
                    "log entries to compare",
                    "The log has no valid entries" + settings.sinceText() + ", so drift was not measured."));
        }
        for (WindowDrift window : windows) {
            checks.add(check("drift:" + window.label(), window, window.inputs(), window.inactiveReason(), "input"));
            checks.add(check(
                    "prediction-drift:" + window.label(),
                    window,
                    window.predictions(),
                    window.predictionsReason(),
                    "prediction"));
        }
        return checks;
    }

    private static Check check(
            final String name,
            final WindowDrift window,
            final DriftReport report,
            final String reason,
            final String what) {
        if (report == null) {
            return Check.of(name, GateStatus.INACTIVE, "not measured", "a drift verdict", capitalised(reason) + ".");
        }
        List<String> drifted = report.results().stream()
                .filter(FeatureDrift::drifted)
                .map(DriftMonitoringReport::describe)
                .toList();
        int features = report.results().size();
        String actual = drifted.size() + " of " + features + " " + what + " columns drifted";
        String expected = report.options().maxDriftedShare() == 0
                ? "no column drifted"
                : String.format(
                        Locale.ROOT,
                        "at most %.0f%% drifted",
                        100 * report.options().maxDriftedShare());
        String message = "Window " + window.label() + " (" + window.rows() + " rows): " + actual
                + (drifted.isEmpty() ? "" : ": " + String.join(", ", drifted)) + " (rule "
                + report.options().rule().label() + ", "
                + report.options().correction().label() + ").";
        return Check.of(name, report.datasetStatus(), actual, expected, message);
    }

    private static String describe(final FeatureDrift drift) {
        return String.format(
                Locale.ROOT,
                "%s (%s %.3g ≥ %.3g, adjusted p %.2g)",
                drift.column(),
                drift.method().label(),
                drift.statistic(),
                drift.threshold(),
                drift.adjustedPValue());
    }

    private static String capitalised(final String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** @return whether at least one window got a verdict on its inputs */
    public boolean hasVerdict() {
        return windows.stream().anyMatch(window -> window.inputs() != null);
    }

    /** @return the windows whose inputs or predictions failed */
    public List<WindowDrift> failingWindows() {
        return windows.stream()
                .filter(window -> !window.inputStatus().isSuccessful()
                        || !window.predictionStatus().isSuccessful())
                .toList();
    }

    /** @return the {@code monitoring} section */
    public Map<String, Object> section() {
        Map<String, Object> section = settings.section("drift");
        section.put("log", health.section());
        List<String> features = new ArrayList<>();
        List<String> predictions = new ArrayList<>();
        for (WindowDrift window : windows) {
            addColumns(features, window.inputs());
            addColumns(predictions, window.predictions());
        }
        section.put("features", features);
        section.put("predictionColumns", predictions);
        section.put(
                "windows", windows.stream().map(DriftMonitoringReport::window).toList());
        return section;
    }

    private static void addColumns(final List<String> columns, final DriftReport report) {
        if (report != null) {
            report.results().stream()
                    .map(FeatureDrift::column)
                    .filter(column -> !columns.contains(column))
                    .forEach(columns::add);
        }
    }

    private static Map<String, Object> window(final WindowDrift window) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", window.label());
        row.put("start", java.time.Instant.ofEpochMilli(window.start()).toString());
        row.put("end", java.time.Instant.ofEpochMilli(window.end()).toString());
        row.put("rows", window.rows());
        row.put("versions", window.versions());
        row.put("status", window.inputStatus().name());
        row.put("predictionStatus", window.predictionStatus().name());
        if (window.inactiveReason() != null) {
            row.put("reason", window.inactiveReason());
        }
        if (window.predictionsReason() != null) {
            row.put("predictionReason", window.predictionsReason());
        }
        row.put("drifted", window.driftedFeatures());
        row.put("features", results(window.inputs()));
        row.put("predictions", results(window.predictions()));
        return row;
    }

    private static List<Map<String, Object>> results(final DriftReport report) {
        if (report == null) {
            return List.of();
        }
        return report.results().stream().map(DriftMonitoringReport::result).toList();
    }

    private static Map<String, Object> result(final FeatureDrift drift) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("column", drift.column());
        row.put("method", drift.method().label());
        row.put("statistic", finite(drift.statistic()));
        row.put("threshold", finite(drift.threshold()));
        row.put("adjustedPValue", finite(drift.adjustedPValue()));
        row.put("band", drift.band());
        row.put("drifted", drift.drifted());
        row.put("currentMissing", drift.currentMissing());
        return row;
    }

    static Object finite(final double value) {
        return Double.isFinite(value) ? value : null;
    }
}
