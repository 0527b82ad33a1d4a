package io.modelgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class MonitoringSectionTest {
    @Test
    void shouldDrawTheDriftHeatMapWithOneCellPerColumnAndWindow() throws Exception {
        Map<String, Object> section = map(
                "analysis", "drift",
                "window", "PT24H",
                "minRows", 100,
                "log", Map.of("files", 3, "entries", 2140, "corrupt", 1),
                "features", List.of("age", "income"),
                "predictionColumns", List.of("prediction"),
                "windows",
                        List.of(
                                window("2026-11-01", "PASSED", false, 0.02),
                                window("2026-11-02", "FAILED", true, 0.4),
                                Map.of(
                                        "label",
                                        "2026-11-03",
                                        "rows",
                                        40,
                                        "versions",
                                        List.of("3"),
                                        "status",
                                        "INACTIVE",
                                        "predictionStatus",
                                        "INACTIVE",
                                        "reason",
                                        "only 40 rows",
                                        "drifted",
                                        List.of(),
                                        "features",
                                        List.of(),
                                        "predictions",
                                        List.of())));

        Document page = page(section);

        assertThat(XmlDocuments.text(
                        page,
                        "count(//*[local-name()='svg'][contains(@class,'heatmap')]"
                                + "//*[local-name()='rect'][@class='cell' or @class='cell drifted'])"))
                .isEqualTo("9");
        assertThat(XmlDocuments.text(page, "count(//*[local-name()='rect'][@class='cell-outline'])"))
                .isEqualTo("1");
        assertThat(XmlDocuments.text(page, "//*[local-name()='rect'][@class='cell drifted']/*[local-name()='title']"))
                .startsWith("income, 2026-11-02: psi 0.4 (threshold 0.1");
        assertThat(XmlDocuments.text(page, "//table//tr[th='2026-11-03']/td[last()]"))
                .isEqualTo("only 40 rows");
    }

    @Test
    void shouldChartTheMetricPerWindowWithItsIntervalAndTheBound() throws Exception {
        Map<String, Object> section = map(
                "analysis",
                "performance",
                "window",
                "PT24H",
                "minRows",
                200,
                "log",
                Map.of("files", 1, "entries", 4000, "corrupt", 0),
                "metric",
                "auc",
                "direction",
                "higher",
                "baseline",
                Map.of("value", 0.73, "source", "candidate's auc in comparison.json"),
                "tolerance",
                0.01,
                "bound",
                0.72,
                "confidenceLevel",
                0.95,
                "join",
                Map.of("labels", 4000, "matched", 3900, "unmatchedLabels", 100, "unmatchedPredictions", 0),
                "windows",
                List.of(
                        performance("2026-11-01", "PASSED", 0.74, 0.72, 0.76),
                        performance("2026-11-02", "FAILED", 0.52, 0.49, 0.55)),
                "detectors",
                List.of(Map.of(
                        "detector",
                        "ddm(warmStart=30)",
                        "rows",
                        3900,
                        "changes",
                        List.of(Map.of(
                                "startedRow",
                                1950,
                                "startedAt",
                                "2026-11-02T00:10:00Z",
                                "detectedRow",
                                2100,
                                "detectedAt",
                                "2026-11-02T02:00:00Z")))));

        Document page = page(section);

        assertThat(XmlDocuments.text(page, "count(//*[local-name()='circle'][@class='point'])"))
                .isEqualTo("2");
        assertThat(XmlDocuments.text(page, "//*[local-name()='circle'][@fill='#cf222e']/*[local-name()='title']"))
                .isEqualTo("2026-11-02: 0.52 [0.49, 0.55] FAILED");
        assertThat(XmlDocuments.text(page, "count(//*[local-name()='line'][@class='reference'])"))
                .isEqualTo("2");
        assertThat(XmlDocuments.text(page, "//h3[.='Concept drift on the error stream']/following::table[1]//td[3]"))
                .isEqualTo("row 1,950, 2026-11-02T00:10:00Z");
    }

    private static Map<String, Object> map(final Object... pairs) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Document page(final Map<String, Object> section) throws Exception {
        Evidence evidence = Evidence.of(
                "monitoring",
                new Subject("credit-risk", "3"),
                List.of(),
                List.of(Check.of("log:lines", GateStatus.PASSED, "0", "0", "ok")),
                Map.of("monitoring", section));
        return XmlDocuments.parse(HtmlReport.render("Monitoring", evidence).replaceFirst("<!DOCTYPE html>", ""));
    }

    private static Map<String, Object> window(
            final String label, final String status, final boolean drifted, final double income) {
        return Map.of(
                "label",
                label,
                "rows",
                1000,
                "versions",
                List.of("3"),
                "status",
                status,
                "predictionStatus",
                "PASSED",
                "drifted",
                drifted ? List.of("income") : List.of(),
                "features",
                List.of(result("age", 0.01, false), result("income", income, drifted)),
                "predictions",
                List.of(result("prediction", 0.03, false)));
    }

    private static Map<String, Object> result(final String column, final double statistic, final boolean drifted) {
        return Map.of(
                "column",
                column,
                "method",
                "psi",
                "statistic",
                statistic,
                "threshold",
                0.1,
                "adjustedPValue",
                drifted ? 1e-9 : 0.5,
                "drifted",
                drifted);
    }

    private static Map<String, Object> performance(
            final String label, final String status, final double value, final double low, final double high) {
        return Map.of(
                "label",
                label,
                "rows",
                1950,
                "status",
                status,
                "metrics",
                Map.of("roc_auc", value, "accuracy", 0.7),
                "interval",
                Map.of("value", value, "low", low, "high", high));
    }
}
