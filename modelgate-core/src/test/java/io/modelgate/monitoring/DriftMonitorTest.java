package io.modelgate.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.drift.DatasetProfile;
import io.modelgate.drift.DriftOptions;
import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftMonitorTest {
    private static final DatasetProfile[] REFERENCE = SyntheticTraffic.reference(5_000, 99);

    @TempDir
    Path folder;

    @Test
    void shouldFindDriftOnTheDriftedDaysOnly() throws IOException {
        SyntheticTraffic traffic = new SyntheticTraffic(7);
        for (int day = 0; day < 4; day++) {
            traffic.day(day, 1_500, false, false);
        }
        traffic.day(4, 1_500, true, false).day(5, 1_500, true, false);

        DriftMonitoringReport report = monitor(traffic, Duration.ofDays(1), 100);

        assertThat(report.windows())
                .extracting(WindowDrift::label)
                .containsExactly("2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06");
        assertThat(report.windows().subList(0, 4)).allSatisfy(window -> {
            assertThat(window.inputStatus()).isEqualTo(GateStatus.PASSED);
            assertThat(window.predictionStatus()).isEqualTo(GateStatus.PASSED);
        });
        assertThat(report.windows().subList(4, 6)).allSatisfy(window -> {
            assertThat(window.inputStatus()).isEqualTo(GateStatus.FAILED);
            assertThat(window.driftedFeatures()).containsExactly("income", "region");
            assertThat(window.predictionStatus()).isEqualTo(GateStatus.FAILED);
        });
        assertThat(report.failingWindows()).extracting(WindowDrift::label).containsExactly("2026-11-05", "2026-11-06");
        assertThat(report.checks())
                .filteredOn(check -> check.name().equals("drift:2026-11-05"))
                .singleElement()
                .extracting(Check::message)
                .asString()
                .startsWith("Window 2026-11-05 (1500 rows): 2 of 3 input columns drifted: income (");
    }

    @Test
    void shouldLeaveWindowsWithTooFewRowsInactiveAndSayWhy() throws IOException {
        SyntheticTraffic traffic =
                new SyntheticTraffic(8).day(0, 400, false, false).day(1, 40, true, false);

        DriftMonitoringReport report = monitor(traffic, Duration.ofDays(1), 100);

        WindowDrift quiet = report.windows().get(1);
        assertThat(quiet.inputStatus()).isEqualTo(GateStatus.INACTIVE);
        assertThat(quiet.inactiveReason())
                .isEqualTo("only 40 rows in window 2026-11-02, fewer than the 100 a verdict needs");
        assertThat(report.checks())
                .filteredOn(check -> check.name().endsWith(":2026-11-02"))
                .extracting(Check::status)
                .containsOnly(GateStatus.INACTIVE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> windows =
                (List<Map<String, Object>>) report.section().get("windows");
        assertThat(windows.get(1)).containsEntry("status", "INACTIVE").containsKey("reason");
        assertThat(report.section()).containsEntry("features", List.of("age", "income", "region"));
    }

    @Test
    void shouldCutWindowsOfHours() throws IOException {
        SyntheticTraffic traffic = new SyntheticTraffic(9).day(0, 2_400, false, false);

        DriftMonitoringReport report = monitor(traffic, Duration.ofHours(6), 100);

        assertThat(report.windows())
                .extracting(WindowDrift::label)
                .containsExactly(
                        "2026-11-01T00:00:00Z", "2026-11-01T06:00:00Z", "2026-11-01T12:00:00Z", "2026-11-01T18:00:00Z");
        assertThat(report.windows()).extracting(WindowDrift::rows).containsOnly(600L);
    }

    @Test
    void shouldSayWhenTheLogHasNoEntries() {
        DriftMonitoringReport report = new DriftMonitoringReport(
                List.of(), new LogHealth(), new MonitoringSettings(Duration.ofDays(1), 100, Long.MIN_VALUE));

        assertThat(report.checks()).extracting(Check::name).containsExactly("log:lines", "drift:windows");
        assertThat(report.checks().get(1).status()).isEqualTo(GateStatus.INACTIVE);
    }

    private DriftMonitoringReport monitor(final SyntheticTraffic traffic, final Duration window, final int minRows)
            throws IOException {
        Path log = traffic.writeLog(folder.resolve("log"), 1_000, true);
        DriftWindows windows = new DriftWindows(
                new TimeWindows(window), SyntheticTraffic.FEATURES, PredictionColumns.classification("1"));
        LogHealth health = new RequestLogReader(log, List.copyOf(SyntheticTraffic.FEATURES.keySet())).read(windows);
        List<WindowDrift> results =
                new DriftMonitor(REFERENCE[0], REFERENCE[1], DriftOptions.defaults(), minRows).judge(windows);
        return new DriftMonitoringReport(results, health, new MonitoringSettings(window, minRows, Long.MIN_VALUE));
    }
}
