package io.modelgate.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelgate.data.DataFormatException;
import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import io.modelgate.scoring.HoldoutScores;
import io.modelgate.scoring.HoldoutScoring;
import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParityCheckTest {
    @TempDir
    Path folder;

    private static double[] candidate(final String model, final String target) throws IOException {
        HoldoutScores scores = new HoldoutScoring(
                        PmmlModel.load(RiskFixtures.sklearn(model + ".pmml")), null, target, List.of(), 1)
                .score(RiskFixtures.holdout());
        return scores.candidate();
    }

    @Test
    void shouldPassTheForestAgainstScikitLearnsOwnPredictions() throws IOException {
        double[] actual = candidate("CreditForest", "default");
        ExpectedPredictions expected =
                ExpectedPredictions.read(RiskFixtures.sklearn("CreditForest-expected.csv"), "probability(1)", 300);

        ParityResult result = ParityCheck.withDefaults().compare(actual, expected);

        assertThat(result.passed()).isTrue();
        assertThat(result.rows()).isEqualTo(300);
        assertThat(result.maxRelative().value()).isLessThanOrEqualTo(1e-6);
        assertThat(result.check().status()).isEqualTo(GateStatus.PASSED);
    }

    @Test
    void shouldPassARegressionOnItsFirstNumericColumn() throws IOException {
        double[] actual = candidate("CreditLimitTree", "credit_limit");
        ExpectedPredictions expected =
                ExpectedPredictions.read(RiskFixtures.sklearn("CreditLimitTree-expected.csv"), null, 300);

        assertThat(expected.column()).isEqualTo("credit_limit");
        assertThat(ParityCheck.withDefaults().compare(actual, expected).passed())
                .isTrue();
    }

    @Test
    void shouldFailAPerturbedPredictionAndNameItsLine() throws IOException {
        List<String> lines =
                Files.readAllLines(RiskFixtures.sklearn("CreditForest-expected.csv"), StandardCharsets.UTF_8);
        String[] fields = lines.get(41).split(",");
        fields[2] = Double.toString(Double.parseDouble(fields[2]) * 1.001);
        lines.set(41, String.join(",", fields));
        Path perturbed = folder.resolve("perturbed.csv");
        Files.write(perturbed, lines, StandardCharsets.UTF_8);

        ParityResult result = ParityCheck.withDefaults()
                .compare(
                        candidate("CreditForest", "default"),
                        ExpectedPredictions.read(perturbed, "probability(1)", 300));

        assertThat(result.failures()).isEqualTo(1);
        assertThat(result.firstRows()).extracting(Check.Example::line).containsExactly(42L);
        assertThat(result.firstRows().get(0).value()).startsWith("expected ").contains(", candidate ");
        assertThat(result.maxRelative().line()).isEqualTo(42L);
        assertThat(result.maxRelative().value()).isCloseTo(0.001 / 1.001, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(result.check().status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.check().message()).contains("1 of 300").contains("line 42");
    }

    @Test
    void shouldTreatTwoValuesNearZeroAsEquivalent() {
        ParityCheck check = ParityCheck.withDefaults();

        assertThat(check.equivalent(0.0, 1e-17)).isTrue();
        assertThat(check.equivalent(0.0, 1e-15)).isFalse();
        assertThat(check.equivalent(1000.0, 1000.0009)).isTrue();
        assertThat(check.equivalent(1000.0, 1000.0011)).isFalse();
        assertThat(check.equivalent(0.5, Double.NaN)).isFalse();
    }

    @Test
    void shouldRefuseAWrongRowCountNamingFileAndLine() throws IOException {
        Path shorter = folder.resolve("shorter.csv");
        Files.write(
                shorter,
                Files.readAllLines(RiskFixtures.sklearn("CreditForest-expected.csv"))
                        .subList(0, 11));

        assertThatThrownBy(() -> ExpectedPredictions.read(shorter, "probability(1)", 300))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("shorter.csv")
                .hasMessageContaining("10 predictions for the holdout's 300 rows");
        assertThatThrownBy(() -> ExpectedPredictions.read(shorter, "probability(1)", 5))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("more predictions than the holdout's 5 rows")
                .extracting(exception -> ((DataFormatException) exception).getLine())
                .isEqualTo(7L);
        assertThatThrownBy(() -> ExpectedPredictions.read(shorter, "probability(yes)", 10))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("no column 'probability(yes)'");
    }
}
