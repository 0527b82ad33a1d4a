package io.modelgate.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelgate.GeneratedDocs;
import io.modelgate.report.Evidence;
import io.modelgate.report.EvidenceJson;
import io.modelgate.report.Subject;
import io.modelgate.report.Tool;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonReportTest {
    private static final int ROWS = 20_000;

    /** The worked example of docs/comparison.md: a nightly candidate that ranks a little better. */
    static ComparisonReport example() {
        double[][] columns = Holdouts.binary(ROWS, 20_260_101L, 0.85);
        String[] region = new String[ROWS];
        for (int i = 0; i < ROWS; i++) {
            region[i] = i < 80 ? "islands" : i % 3 == 0 ? "north" : "south";
        }
        ComparisonPolicy policy = ComparisonPolicy.of(ComparisonMetric.AUC)
                .withMinimumImprovement(0.002, 0)
                .withGuards(List.of(
                        new GuardMetric(ComparisonMetric.LOG_LOSS, 0.01),
                        new GuardMetric(ComparisonMetric.ACCURACY, 0.01)))
                .withSlices(100, 0.02);
        return ChampionCandidateComparison.compare(Holdouts.paired(columns).withSlice("region", region), policy);
    }

    static Evidence evidence(final ComparisonReport report) {
        return new Evidence(
                "comparison",
                Evidence.SCHEMA_VERSION,
                report.status(),
                new Subject("credit-risk", "42"),
                "2026-11-28T03:20:00Z",
                new Tool("modelgate", "0.1.0"),
                List.of(),
                report.checks(),
                Map.of("comparison", report.section()));
    }

    @Test
    void shouldLayOutTheSectionInAStableOrder() {
        Map<String, Object> section = example().section();

        assertThat(section)
                .containsOnlyKeys(
                        "task",
                        "rows",
                        "champion",
                        "primaryMetric",
                        "mode",
                        "alpha",
                        "confidenceLevel",
                        "resamples",
                        "seed",
                        "metrics",
                        "tests",
                        "slices",
                        "agreement",
                        "curves");
        assertThat(section.keySet())
                .containsExactly(
                        "task",
                        "rows",
                        "champion",
                        "primaryMetric",
                        "mode",
                        "alpha",
                        "confidenceLevel",
                        "resamples",
                        "seed",
                        "metrics",
                        "tests",
                        "slices",
                        "agreement",
                        "curves");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> metrics = (List<Map<String, Object>>) section.get("metrics");
        assertThat(metrics).extracting(row -> row.get("name")).containsExactly("auc", "accuracy", "log_loss", "brier");
        assertThat(metrics.get(0).keySet())
                .containsExactly(
                        "name", "champion", "candidate", "delta", "ciLow", "ciHigh", "direction", "role", "bound");
        assertThat(metrics).extracting(row -> row.get("role")).containsExactly("primary", "guard", "guard", "reported");
        assertThat(metrics).extracting(row -> row.get("bound")).containsExactly(0.002, -0.01, -0.01, null);
        assertThat(metrics.get(2).get("direction")).isEqualTo("lower");
    }

    @Test
    void shouldWriteUndefinedNumbersAsNullInTheEvidence() {
        double[][] columns = Holdouts.binary(300, 3, 1);
        int[] labels = new int[300];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (int) columns[0][i];
        }
        ComparisonReport report = ChampionCandidateComparison.compare(
                PairedPredictions.binary(labels, null, columns[2]),
                ComparisonPolicy.of(ComparisonMetric.AUC).withOnMissingChampion(MissingChampion.INACTIVE));

        JsonNode comparison = EvidenceJson.toTree(evidence(report)).get("comparison");

        assertThat(comparison.get("champion").booleanValue()).isFalse();
        assertThat(comparison.get("metrics").get(0).get("champion").isNull()).isTrue();
        assertThat(comparison.get("metrics").get(0).get("candidate").isNumber()).isTrue();
        assertThat(comparison.get("tests").get("delong").get("reason").asText()).isEqualTo("no champion");
        assertThat(EvidenceJson.toTree(evidence(report)).get("status").asText()).isEqualTo("INACTIVE");
    }

    @Test
    void shouldKeepTheWorkedExampleInTheDocsUpToDate() throws IOException {
        ComparisonReport report = example();
        Map<String, Object> section = new LinkedHashMap<>(report.section());
        section.put("curves", shortened(report.curves()));
        Evidence evidence = evidence(report);
        String json = EvidenceJson.toJson(new Evidence(
                evidence.kind(),
                evidence.schemaVersion(),
                evidence.status(),
                evidence.subject(),
                evidence.createdAt(),
                evidence.tool(),
                evidence.inputs(),
                evidence.checks(),
                Map.of("comparison", section)));

        GeneratedDocs.check("docs/comparison.md", "example", "```json\n" + json + "```\n");
    }

    /** Keeps the first, a middle and the last ROC point of each model, so the docs stay readable. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> shortened(final Map<String, Object> curves) {
        Map<String, Object> roc = new LinkedHashMap<>();
        ((Map<String, List<Object>>) curves.get("roc"))
                .forEach((model, points) -> roc.put(
                        model, List.of(points.get(0), points.get(points.size() / 2), points.get(points.size() - 1))));
        Map<String, Object> shortened = new LinkedHashMap<>(curves);
        shortened.put("roc", roc);
        return shortened;
    }
}
