package io.modelgate.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.Fixtures;
import io.modelgate.data.CsvFormat;
import io.modelgate.data.DataFormatException;
import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import io.modelgate.statistics.DriftDetectionMethod;
import io.modelgate.statistics.PageHinkley;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerformanceMonitorTest {
    @TempDir
    Path folder;

    @Test
    void shouldFailTheWindowsWithASignificantDropOnly() throws IOException {
        SyntheticTraffic traffic = new SyntheticTraffic(21);
        for (int day = 0; day < 4; day++) {
            traffic.day(day, 2_000, false, false);
        }
        traffic.day(4, 2_000, false, true).day(5, 2_000, false, true);
        Baseline baseline = baseline(MonitoredMetric.AUC);

        Outcome outcome = monitor(traffic, 1, "application_id", baseline);

        assertThat(outcome.report.windows()).hasSize(6);
        assertThat(outcome.report.windows().subList(0, 4))
                .extracting(WindowPerformance::status)
                .containsOnly(GateStatus.PASSED);
        assertThat(outcome.report.failingWindows())
                .extracting(WindowPerformance::label)
                .containsExactly("2026-11-05", "2026-11-06");
        WindowPerformance dropped = outcome.report.failingWindows().get(0);
        assertThat(dropped.interval().high()).isLessThan(baseline.value() - 0.01);
        assertThat(dropped.metrics()).containsKeys("roc_auc", "accuracy", "log_loss", "brier_score");
        assertThat(dropped.metrics().get("roc_auc"))
                .isCloseTo(dropped.interval().value(), within(1e-12));
    }

    @Test
    void shouldDateTheConceptChangeWithTheDetectors() throws IOException {
        SyntheticTraffic traffic = new SyntheticTraffic(22);
        for (int day = 0; day < 3; day++) {
            traffic.day(day, 2_000, false, false);
        }
        traffic.day(3, 2_000, false, true);
        long change = SyntheticTraffic.START + 3 * SyntheticTraffic.DAY;

        Outcome outcome = monitor(traffic, 1, "application_id", baseline(MonitoredMetric.AUC));

        List<ChangePoint> changes = outcome.report.changes();
        assertThat(changes).isNotEmpty();
        ChangePoint pageHinkley = changes.stream()
                .filter(point -> point.detector().startsWith("page-hinkley"))
                .findFirst()
                .orElseThrow();
        assertThat(Instant.parse(pageHinkley.startedAt()).toEpochMilli())
                .isBetween(change - SyntheticTraffic.DAY / 8, change + SyntheticTraffic.DAY / 8);
        assertThat(pageHinkley.detectedRow()).isGreaterThan(6_000).isLessThan(8_000);
        assertThat(outcome.report.checks())
                .filteredOn(check -> check.name().startsWith("concept-drift:"))
                .extracting(Check::name)
                .containsExactly("concept-drift:page-hinkley", "concept-drift:ddm");
    }

    @Test
    void shouldCountUnmatchedLabelsAndPredictions() throws IOException {
        SyntheticTraffic traffic = new SyntheticTraffic(23).day(0, 1_000, false, false);
        Path labels = traffic.writeLabels(folder.resolve("labels.csv"), 2);
        Files.writeString(labels, "Z1,r-z1,1\nZ2,r-z2,0\nA1,r-1,0\n", java.nio.file.StandardOpenOption.APPEND);

        Outcome outcome = monitor(traffic, labels, "application_id", null);

        assertThat(outcome.join.matched()).isEqualTo(500);
        assertThat(outcome.join.unmatched()).isEqualTo(500);
        assertThat(outcome.join.labels().unmatched()).isEqualTo(2);
        assertThat(outcome.join.labels().duplicates()).isEqualTo(1);
        Check join = outcome.report.checks().get(1);
        assertThat(join.name()).isEqualTo("labels:join");
        assertThat(join.status()).isEqualTo(GateStatus.NOTE);
        assertThat(join.message()).contains("2 labels matched no prediction (first: Z1 (line 502), Z2 (line 503))");
        assertThat(outcome.report.windows()).singleElement().satisfies(window -> {
            assertThat(window.status()).isEqualTo(GateStatus.INACTIVE);
            assertThat(window.reason()).startsWith("no baseline");
        });
    }

    @Test
    void shouldJoinByRequestIdAndLeaveSmallWindowsInactive() throws IOException {
        SyntheticTraffic traffic =
                new SyntheticTraffic(24).day(0, 1_000, false, false).day(1, 150, false, false);

        Outcome outcome = monitor(traffic, 1, "requestId", baseline(MonitoredMetric.AUC));

        assertThat(outcome.join.matched()).isEqualTo(1_150);
        assertThat(outcome.report.windows())
                .extracting(WindowPerformance::status)
                .containsExactly(GateStatus.PASSED, GateStatus.INACTIVE);
        assertThat(outcome.report.windows().get(1).reason())
                .isEqualTo("only 150 labelled rows in window 2026-11-02, fewer than the 200 a verdict needs");
    }

    @Test
    void shouldReadTheBaselineFromComparisonEvidence() throws IOException {
        Path file = Fixtures.of(PerformanceMonitorTest.class, "comparison.json");
        var tree = new ObjectMapper().readTree(file.toFile());

        Baseline auc = Baseline.fromComparison(file, tree, MonitoredMetric.AUC);

        assertThat(auc.value()).isEqualTo(0.73);
        assertThat(auc.source()).contains("candidate's auc").contains("3000 holdout rows");
        assertThatThrownBy(() -> Baseline.fromComparison(file, tree, MonitoredMetric.RMSE))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("has no metric 'rmse'; it has auc, accuracy, log_loss, brier");
        assertThatThrownBy(() -> Baseline.fromComparison(
                        file, new ObjectMapper().readTree("{\"kind\":\"drift\"}"), MonitoredMetric.AUC))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("is not comparison evidence");
    }

    private static Baseline baseline(final MonitoredMetric metric) throws IOException {
        Path file = Fixtures.of(PerformanceMonitorTest.class, "comparison.json");
        return Baseline.fromComparison(file, new ObjectMapper().readTree(file.toFile()), metric);
    }

    private Outcome monitor(final SyntheticTraffic traffic, final int every, final String key, final Baseline baseline)
            throws IOException {
        return monitor(traffic, traffic.writeLabels(folder.resolve("labels.csv"), every), key, baseline);
    }

    private Outcome monitor(
            final SyntheticTraffic traffic, final Path labels, final String key, final Baseline baseline)
            throws IOException {
        Path log = traffic.writeLog(folder.resolve("log"), 1_500, false);
        LabelTable table = LabelTable.read(
                labels, CsvFormat.RFC_4180, key.equals("requestId") ? "request_id" : key, "default", false);
        TimeWindows windows = new TimeWindows(Duration.ofDays(1));
        LabelJoin join = new LabelJoin(
                table,
                key.equals("requestId") ? JoinKey.requestId() : JoinKey.input(0),
                PredictionColumns.classification("1"),
                windows,
                new PageHinkley(30, 0.05, 50, 1, PageHinkley.Mode.UP),
                DriftDetectionMethod.withDefaults());
        LogHealth health = new RequestLogReader(log, List.of("application_id")).read(join);
        PerformancePolicy policy =
                PerformancePolicy.defaults(MonitoredMetric.AUC, baseline).withResamples(300);
        List<WindowPerformance> results = new PerformanceMonitor(policy).judge(join);
        var report = new PerformanceMonitoringReport(
                results,
                join,
                policy,
                health,
                new MonitoringSettings(Duration.ofDays(1), policy.minRows(), Long.MIN_VALUE));
        return new Outcome(report, join);
    }

    private record Outcome(PerformanceMonitoringReport report, LabelJoin join) {}
}
