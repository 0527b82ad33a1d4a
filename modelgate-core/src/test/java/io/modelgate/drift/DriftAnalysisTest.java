package io.modelgate.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.data.ColumnType;
import io.modelgate.report.GateStatus;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DriftAnalysisTest {
    private static final Map<String, ColumnType> COLUMNS = columns();

    private static Map<String, ColumnType> columns() {
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        columns.put("age", ColumnType.INTEGER);
        columns.put("income", ColumnType.DOUBLE);
        columns.put("colour", ColumnType.STRING);
        columns.put("rating", ColumnType.INTEGER);
        columns.put("flag", ColumnType.BOOLEAN);
        return columns;
    }

    private static DatasetProfile reference() throws IOException {
        return Profiles.read(Profiles.fixture(DriftAnalysisTest.class, "reference.csv"), COLUMNS);
    }

    private static DatasetProfile current() throws IOException {
        return Profiles.read(Profiles.fixture(DriftAnalysisTest.class, "current.csv"), COLUMNS);
    }

    private static JsonNode expected() throws IOException {
        return new ObjectMapper()
                .readTree(Profiles.fixture(DriftAnalysisTest.class, "expected.json")
                        .toFile());
    }

    @Test
    void shouldMatchScipyForTheAutomaticChoiceOnSmallData() throws IOException {
        DriftReport report = DriftAnalysis.compare(reference(), current());
        JsonNode expected = expected().get("auto");

        assertThat(report.results()).hasSize(5);
        for (FeatureDrift result : report.results()) {
            JsonNode answer = expected.get(result.column());
            assertThat(result.method().label()).isEqualTo(answer.get("method").asText());
            assertThat(result.statistic())
                    .as(result.column())
                    .isCloseTo(answer.get("statistic").asDouble(), within(1e-12));
            assertThat(result.pValue())
                    .as(result.column())
                    .isCloseTo(answer.get("pValue").asDouble(), within(1e-10));
            assertThat(result.adjustedPValue())
                    .as(result.column())
                    .isCloseTo(answer.get("adjustedPValue").asDouble(), within(1e-10));
        }
        FeatureDrift colour = report.results().get(2);
        assertThat(colour.histogram().labels()).containsExactly("red", "green", "blue", "black");
        assertThat(report.results())
                .extracting(FeatureDrift::column, FeatureDrift::drifted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("age", true),
                        org.assertj.core.groups.Tuple.tuple("income", false),
                        org.assertj.core.groups.Tuple.tuple("colour", true),
                        org.assertj.core.groups.Tuple.tuple("rating", false),
                        org.assertj.core.groups.Tuple.tuple("flag", false));
        assertThat(report.results().get(1).currentInvalid()).isEqualTo(2);
        assertThat(report.results().get(1).currentMissing()).isEqualTo(1);
        assertThat(report.results().get(1).referenceMissing()).isEqualTo(2);
        assertThat(report.status()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void shouldMatchScipyAndEvidentlyForOverriddenMethods() throws IOException {
        JsonNode income = expected().get("override").get("income");
        JsonNode colour = expected().get("override").get("colour");

        FeatureDrift psi = only(DriftOptions.defaults().withMethod("income", DriftMethod.PSI), "income");
        assertThat(psi.statistic()).isCloseTo(income.get("psi").asDouble(), within(1e-12));
        assertThat(psi.psiPValue()).isCloseTo(income.get("psiPValue").asDouble(), within(1e-12));
        assertThat(psi.pValue()).isCloseTo(income.get("chiSquarePValue").asDouble(), within(1e-12));
        assertThat(psi.histogram().reference()).hasSize(income.get("reference").size());
        assertThat(psi.histogram().labels().get(1))
                .isEqualTo("[" + DriftText.number(income.get("edges").get(0).asDouble()) + ", "
                        + DriftText.number(income.get("edges").get(1).asDouble()) + ")");
        for (int i = 0; i < income.get("current").size(); i++) {
            assertThat(psi.histogram().current().get(i) * 247)
                    .isCloseTo(income.get("current").get(i).asDouble(), within(1e-9));
        }
        assertThat(only(DriftOptions.defaults().withMethod("income", DriftMethod.JENSEN_SHANNON), "income")
                        .statistic())
                .isCloseTo(income.get("jensenShannon").asDouble(), within(1e-12));
        FeatureDrift wasserstein =
                only(DriftOptions.defaults().withMethod("income", DriftMethod.WASSERSTEIN), "income");
        assertThat(wasserstein.statistic()).isCloseTo(income.get("wasserstein").asDouble(), within(1e-12));
        assertThat(wasserstein.pValue()).isCloseTo(income.get("ksPValue").asDouble(), within(1e-10));
        assertThat(only(DriftOptions.defaults().withMethod("colour", DriftMethod.PSI), "colour")
                        .statistic())
                .isCloseTo(colour.get("psi").asDouble(), within(1e-12));
        assertThat(only(DriftOptions.defaults().withMethod("colour", DriftMethod.JENSEN_SHANNON), "colour")
                        .statistic())
                .isCloseTo(colour.get("jensenShannon").asDouble(), within(1e-12));
    }

    private static FeatureDrift only(final DriftOptions options, final String column) throws IOException {
        return DriftAnalysis.compare(reference(), current(), options).results().stream()
                .filter(result -> result.column().equals(column))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shouldRejectAContinuousMethodForACategoricalColumn() {
        assertThatThrownBy(() -> only(DriftOptions.defaults().withMethod("colour", DriftMethod.KS), "colour"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'colour'");
    }

    @Test
    void shouldFindNoDriftOfADatasetAgainstItself() throws IOException {
        DatasetProfile reference = reference();

        for (DriftRule rule : DriftRule.values()) {
            DriftReport report = DriftAnalysis.compare(
                    reference, reference, DriftOptions.defaults().withRule(rule));

            assertThat(report.results()).allSatisfy(result -> {
                assertThat(result.drifted()).isFalse();
                assertThat(result.statistic()).isZero();
                assertThat(result.pValue()).isEqualTo(1.0);
            });
            assertThat(report.status()).isEqualTo(GateStatus.PASSED);
        }
    }

    @Test
    void shouldNotAlarmOnIdenticalDistributionsAtOneHundredRowsUnderRuleBothUnlikeAFixedPsiCut() {
        Random random = new Random(100);
        int both = 0;
        int effectOnly = 0;
        int trials = 200;
        for (int trial = 0; trial < trials; trial++) {
            DatasetProfile reference = Profiles.numeric("x", normal(random, 100, 0));
            DatasetProfile current = Profiles.numeric("x", normal(random, 100, 0));
            DriftOptions psi = DriftOptions.defaults().withMethod("x", DriftMethod.PSI);
            both += DriftAnalysis.compare(reference, current, psi).drifted();
            effectOnly += DriftAnalysis.compare(reference, current, psi.withRule(DriftRule.EFFECT))
                    .drifted();
        }

        assertThat(both).as("false alarms under rule both").isLessThanOrEqualTo(trials / 10);
        assertThat(effectOnly).as("false alarms of psi >= 0.1 alone").isGreaterThan(trials / 2);
    }

    @Test
    void shouldAlarmOnAClearShiftAtTenThousandRows() {
        Random random = new Random(10_000);
        DatasetProfile reference = Profiles.numeric("x", normal(random, 10_000, 0));
        DatasetProfile current = Profiles.numeric("x", normal(random, 10_000, 0.5));

        DriftReport report = DriftAnalysis.compare(reference, current);

        FeatureDrift x = report.results().get(0);
        assertThat(x.method()).isEqualTo(DriftMethod.WASSERSTEIN);
        assertThat(x.statistic()).isCloseTo(0.5, within(0.05));
        assertThat(x.adjustedPValue()).isLessThan(1e-50);
        assertThat(x.drifted()).isTrue();
        assertThat(report.status()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void shouldNotAlarmOnANegligibleShiftAtAMillionRowsUnlessTheRuleIsPValue() {
        Random random = new Random(1_000_000);
        DatasetProfile reference = Profiles.numeric("x", normal(random, 1_000_000, 0));
        DatasetProfile current = Profiles.numeric("x", normal(random, 1_000_000, 0.02));

        DriftReport both = DriftAnalysis.compare(reference, current);
        DriftReport pValue = DriftAnalysis.compare(
                reference, current, DriftOptions.defaults().withRule(DriftRule.PVALUE));

        assertThat(both.results().get(0).statistic()).isLessThan(0.05);
        assertThat(both.drifted()).isZero();
        assertThat(both.status()).isEqualTo(GateStatus.PASSED);
        assertThat(pValue.drifted()).isEqualTo(1);
    }

    @Test
    void shouldToleratetheAllowedShareOfDriftedFeatures() throws IOException {
        DriftOptions tolerant = DriftOptions.defaults().withMaxDriftedShare(0.4).withSeverity(GateStatus.WARNING);

        DriftReport report = DriftAnalysis.compare(reference(), current(), tolerant);

        assertThat(report.drifted()).isEqualTo(2);
        assertThat(report.datasetStatus()).isEqualTo(GateStatus.PASSED);
        assertThat(report.status()).isEqualTo(GateStatus.NOTE);
        assertThat(DriftAnalysis.compare(reference(), current(), tolerant.withMaxDriftedShare(0.2))
                        .status())
                .isEqualTo(GateStatus.WARNING);
    }

    @Test
    void shouldBeStricterWithBonferroni() throws IOException {
        DriftReport bh = DriftAnalysis.compare(reference(), current());
        DriftReport bonferroni = DriftAnalysis.compare(
                reference(), current(), DriftOptions.defaults().withCorrection(Correction.BONFERRONI));

        for (int i = 0; i < bh.results().size(); i++) {
            assertThat(bonferroni.results().get(i).adjustedPValue())
                    .isGreaterThanOrEqualTo(bh.results().get(i).adjustedPValue());
        }
    }

    static double[] normal(final Random random, final int size, final double shift) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = random.nextGaussian() + shift;
        }
        return values;
    }
}
