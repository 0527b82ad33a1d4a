package io.modelgate.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.drift.DatasetProfile;
import io.modelgate.drift.DriftOptions;
import io.modelgate.report.Evidence;
import io.modelgate.report.EvidenceJson;
import io.modelgate.report.Subject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrainRequestTest {
    @TempDir
    Path folder;

    @Test
    void shouldNameTheEvidenceTheWindowsAndTheDriftedFeatures() throws IOException, NoSuchAlgorithmException {
        SyntheticTraffic traffic =
                new SyntheticTraffic(31).day(0, 1_000, false, false).day(1, 1_000, true, false);
        Path log = traffic.writeLog(folder.resolve("log"), 5_000, false);
        DatasetProfile[] reference = SyntheticTraffic.reference(3_000, 5);
        DriftWindows windows = new DriftWindows(
                new TimeWindows(Duration.ofDays(1)), SyntheticTraffic.FEATURES, PredictionColumns.classification("1"));
        LogHealth health = new RequestLogReader(log, List.copyOf(SyntheticTraffic.FEATURES.keySet())).read(windows);
        DriftMonitoringReport report = new DriftMonitoringReport(
                new DriftMonitor(reference[0], reference[1], DriftOptions.defaults(), 100).judge(windows),
                health,
                new MonitoringSettings(Duration.ofDays(1), 100, Long.MIN_VALUE));
        Evidence evidence = Evidence.of(
                MonitoringSettings.KIND,
                new Subject("credit-risk", "3"),
                List.of(),
                report.checks(),
                Map.of(MonitoringSettings.SECTION, report.section()));
        Path evidenceFile = EvidenceJson.write(evidence, folder.resolve("evidence"), "monitoring");
        Path request = folder.resolve("evidence").resolve(RetrainRequest.FILE_NAME);

        RetrainRequest.write(request, evidence, evidenceFile, RetrainRequest.reasons(report));

        JsonNode json = new ObjectMapper().readTree(request.toFile());
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(evidenceFile)));
        assertThat(json.path("kind").asText()).isEqualTo("retrain-request");
        assertThat(json.path("reason").asText()).isEqualTo("drift");
        assertThat(json.path("evidence").path("sha256").asText()).isEqualTo(sha256);
        assertThat(json.path("evidence").path("status").asText()).isEqualTo("FAILED");
        assertThat(json.path("subject").path("version").asText()).isEqualTo("3");
        assertThat(json.path("windows")).hasSize(1);
        assertThat(json.path("windows").get(0).path("window").asText()).isEqualTo("2026-11-02");
        assertThat(json.path("driftedFeatures").findValuesAsText("feature")).containsExactly("income", "region");
        assertThat(json.path("predictionDriftWindows").get(0).asText()).isEqualTo("2026-11-02");
    }
}
