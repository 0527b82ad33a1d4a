package io.modelgate.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.modelgate.report.AtomicFiles;
import io.modelgate.report.Digests;
import io.modelgate.report.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request to retrain that a failed monitoring gate leaves for the nightly pipeline: which evidence failed (path
 * and SHA-256 of its JSON file, so the pipeline can attach and verify it), which windows, which features drifted,
 * which performance drop, and the changes the detectors found. Written atomically as {@value #FILE_NAME}.
 */
public final class RetrainRequest {
    /** The file name the nightly pipeline looks for. */
    public static final String FILE_NAME = "retrain-request.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RetrainRequest() {}

    /**
     * Describes why the drift gate failed.
     *
     * @param report the drift report
     * @return the request's reasons
     */
    public static Map<String, Object> reasons(final DriftMonitoringReport report) {
        Map<String, Object> reasons = new LinkedHashMap<>();
        reasons.put("reason", "drift");
        List<Map<String, Object>> windows = new ArrayList<>();
        Map<String, List<String>> features = new LinkedHashMap<>();
        List<String> predictionDrift = new ArrayList<>();
        for (WindowDrift window : report.failingWindows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("window", window.label());
            row.put("start", Instant.ofEpochMilli(window.start()).toString());
            row.put("end", Instant.ofEpochMilli(window.end()).toString());
            row.put("rows", window.rows());
            row.put("inputStatus", window.inputStatus().name());
            row.put("predictionStatus", window.predictionStatus().name());
            row.put("driftedFeatures", window.driftedFeatures());
            windows.add(row);
            window.driftedFeatures()
                    .forEach(feature -> features.computeIfAbsent(feature, key -> new ArrayList<>())
                            .add(window.label()));
            if (!window.predictionStatus().isSuccessful()) {
                predictionDrift.add(window.label());
            }
        }
        reasons.put("windows", windows);
        List<Map<String, Object>> drifted = new ArrayList<>();
        features.forEach((feature, labels) -> drifted.add(Map.of("feature", feature, "windows", labels)));
        reasons.put("driftedFeatures", drifted);
        reasons.put("predictionDriftWindows", predictionDrift);
        return reasons;
    }

    /**
     * Describes why the performance gate failed.
     *
     * @param report the performance report
     * @return the request's reasons
     */
    public static Map<String, Object> reasons(final PerformanceMonitoringReport report) {
        Map<String, Object> reasons = new LinkedHashMap<>();
        reasons.put("reason", "performance");
        List<Map<String, Object>> drops = new ArrayList<>();
        for (WindowPerformance window : report.failingWindows()) {
            Map<String, Object> row = new LinkedHashMap<>(PerformanceChecks.windowSection(window));
            row.put("window", row.remove("label"));
            drops.add(row);
        }
        reasons.put("windows", drops);
        reasons.put("changePoints", report.changes());
        return reasons;
    }

    /**
     * Writes a retrain request next to the evidence it rests on.
     *
     * @param file where to write, e.g. {@code modelgate-evidence/retrain-request.json}
     * @param evidence the failed monitoring evidence
     * @param evidenceFile its JSON file, already written
     * @param reasons what failed, from {@link #reasons(DriftMonitoringReport)} or
     *     {@link #reasons(PerformanceMonitoringReport)}
     * @throws IOException when a file cannot be read or written
     */
    public static void write(
            final Path file, final Evidence evidence, final Path evidenceFile, final Map<String, Object> reasons)
            throws IOException {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("kind", "retrain-request");
        request.put("schemaVersion", 1);
        request.put("createdAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        request.put("subject", evidence.subject());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", evidence.kind());
        source.put("status", evidence.status().name());
        source.put("path", evidenceFile.toString());
        source.put("sha256", Digests.sha256(evidenceFile));
        request.put("evidence", source);
        request.putAll(reasons);
        try {
            AtomicFiles.writeString(file, MAPPER.writeValueAsString(request) + "\n");
        } catch (JsonProcessingException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
