package io.modelgate.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DriftReportTest {
    private static DriftReport shifted() {
        Random random = new Random(5);
        return DriftAnalysis.compare(
                Profiles.numeric("age", DriftAnalysisTest.normal(random, 2000, 0)),
                Profiles.numeric("age", DriftAnalysisTest.normal(random, 1500, 1)));
    }

    @Test
    void shouldFillTheDriftSectionWithTheAgreedShape() {
        Map<String, Object> section = shifted().section();

        assertThat(section.keySet())
                .containsExactly("rule", "correction", "alpha", "features", "drifted", "status", "results");
        assertThat(section).containsEntry("rule", "both").containsEntry("correction", "benjamini-hochberg");
        assertThat(section)
                .containsEntry("alpha", 0.05)
                .containsEntry("features", 1)
                .containsEntry("drifted", 1);
        assertThat(section).containsEntry("status", "FAILED");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = ((List<Map<String, Object>>) section.get("results")).get(0);
        assertThat(result.keySet())
                .containsExactly(
                        "column",
                        "type",
                        "method",
                        "statistic",
                        "threshold",
                        "test",
                        "pValue",
                        "adjustedPValue",
                        "band",
                        "drifted",
                        "referenceRows",
                        "currentRows",
                        "referenceMissing",
                        "currentMissing",
                        "histogram");
        assertThat(result)
                .containsEntry("method", "wasserstein")
                .containsEntry("test", "ks")
                .containsEntry("band", "major")
                .containsEntry("referenceRows", 2000L);
        @SuppressWarnings("unchecked")
        Map<String, Object> histogram = (Map<String, Object>) result.get("histogram");
        assertThat(histogram.keySet()).containsExactly("labels", "reference", "current");
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) histogram.get("labels");
        assertThat(labels).hasSize(10);
        assertThat(labels.get(0)).startsWith("(-inf, -1.2");
        assertThat(labels.get(9)).endsWith(", +inf)");
    }

    @Test
    void shouldWriteOneCheckPerFeatureAndOneForTheDataset() {
        List<Check> checks = shifted().checks();

        assertThat(checks).extracting(Check::name).containsExactly("drift:age", "drift:dataset");
        Check age = checks.get(0);
        assertThat(age.status()).isEqualTo(GateStatus.FAILED);
        assertThat(age.actual()).matches("wasserstein 0\\.9\\d* \\(p=[0-9.]+e-\\d+, adjusted [0-9.]+e-\\d+\\)");
        assertThat(age.expected()).isEqualTo("wasserstein < 0.1 or adjusted p ≥ 0.05");
        assertThat(age.message())
                .startsWith("Column 'age' drifted: wasserstein 0.9")
                .endsWith("current 1500 rows).");
        assertThat(checks.get(1).actual()).isEqualTo("1 of 1 features drifted");
    }

    @Test
    void shouldReportAColumnWithoutValuesAsInactive() {
        DatasetProfile empty = Profiles.numeric("age");
        DriftReport report = DriftAnalysis.compare(empty, Profiles.numeric("age", 1, 2, 3));

        assertThat(report.checks()).extracting(Check::status).containsExactly(GateStatus.INACTIVE, GateStatus.INACTIVE);
        assertThat(report.status()).isEqualTo(GateStatus.INACTIVE);
        assertThat(report.section()).containsEntry("features", 0);
    }
}
