package io.modelgate.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonPolicyTest {
    @ParameterizedTest(name = "champion {0}, absolute {1}, relative {2} -> {3}")
    @CsvSource({
        "0.80, 0.00, 0.00, 0.00",
        "0.80, 0.01, 0.00, 0.01",
        "0.80, 0.00, 0.05, 0.04",
        "0.80, 0.05, 0.05, 0.05",
        // A negative champion value (e.g. R² below zero) keeps the rule's meaning: relative to its magnitude.
        "-2.00, 0.00, 0.10, 0.20",
        "-2.00, 0.50, 0.10, 0.50",
        // A champion of 0 leaves only the absolute minimum, never an undefined ratio.
        "0.00, 0.00, 0.10, 0.00",
        "0.00, 0.02, 0.10, 0.02"
    })
    void shouldRequireTheLargerOfTheAbsoluteAndTheRelativeMinimum(
            final double champion, final double absolute, final double relative, final double required) {
        ComparisonPolicy policy = ComparisonPolicy.of(ComparisonMetric.AUC).withMinimumImprovement(absolute, relative);

        assertThat(policy.requiredImprovement(champion))
                .isCloseTo(required, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void shouldDefaultToSuperiorityAtFivePercentWithAThousandResamplesAndFailWithoutAChampion() {
        ComparisonPolicy policy = ComparisonPolicy.of(ComparisonMetric.LOG_LOSS);

        assertThat(policy.mode()).isEqualTo(ComparisonMode.SUPERIORITY);
        assertThat(policy.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(policy.alpha()).isEqualTo(0.05);
        assertThat(policy.confidenceLevel()).isEqualTo(0.95);
        assertThat(policy.resamples()).isEqualTo(1000);
        assertThat(policy.sliceMinimumSize()).isEqualTo(100);
        assertThat(policy.onMissingChampion()).isEqualTo(MissingChampion.FAIL);
        assertThat(policy.guards()).isEmpty();
    }

    @Test
    void shouldRejectNegativeMarginsAndAlphaOutsideTheUnitInterval() {
        ComparisonPolicy policy = ComparisonPolicy.of(ComparisonMetric.AUC);

        assertThatThrownBy(() -> policy.withNonInferiority(-0.01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("margin must be finite and at least 0, got -0.01");
        assertThatThrownBy(() -> policy.withAlpha(1.0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha must be in (0, 1)");
        assertThatThrownBy(() -> new GuardMetric(ComparisonMetric.BRIER, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Guard margin of brier");
    }

    @Test
    void shouldOrientImprovementsByDirection() {
        assertThat(Direction.HIGHER_IS_BETTER.improvement(0.02)).isEqualTo(0.02);
        assertThat(Direction.LOWER_IS_BETTER.improvement(-0.02)).isEqualTo(0.02);
        assertThat(Direction.LOWER_IS_BETTER.key()).isEqualTo("lower");
        assertThat(ComparisonMetric.parse(" Log_Loss ")).isEqualTo(ComparisonMetric.LOG_LOSS);
        assertThatThrownBy(() -> ComparisonMetric.parse("f1"))
                .hasMessage("Unknown metric 'f1': expected one of auc, accuracy, log_loss, brier, rmse, mae");
    }
}
