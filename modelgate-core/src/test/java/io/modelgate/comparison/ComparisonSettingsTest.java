package io.modelgate.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonSettingsTest {
    @Test
    void shouldChooseThePrimaryMetricByTheModelFunctionUnlessStated() {
        ComparisonSettings defaults = ComparisonSettings.defaults();
        ComparisonSettings brier = withPrimary("brier");

        assertThat(defaults.policy(true).primaryMetric()).isEqualTo(ComparisonMetric.AUC);
        assertThat(defaults.policy(false).primaryMetric()).isEqualTo(ComparisonMetric.RMSE);
        assertThat(brier.policy(true).primaryMetric()).isEqualTo(ComparisonMetric.BRIER);
    }

    @Test
    void shouldTurnWordsIntoThePolicy() {
        ComparisonSettings settings = new ComparisonSettings(
                "auc",
                "Non_Inferiority",
                0.01,
                0,
                0,
                List.of("log_loss: 0.02"),
                50,
                0.03,
                0.1,
                0.2,
                "inactive",
                200,
                7);

        ComparisonPolicy policy = settings.checked().policy(true);

        assertThat(policy.mode()).isEqualTo(ComparisonMode.NON_INFERIORITY);
        assertThat(policy.margin()).isEqualTo(0.01);
        assertThat(policy.guards()).containsExactly(new GuardMetric(ComparisonMetric.LOG_LOSS, 0.02));
        assertThat(policy.onMissingChampion()).isEqualTo(MissingChampion.INACTIVE);
        assertThat(policy.sliceMinimumSize()).isEqualTo(50);
        assertThat(policy.alpha()).isEqualTo(0.1);
        assertThat(policy.maximumChangedDecisions()).isEqualTo(0.2);
        assertThat(policy.resamples()).isEqualTo(200);
        assertThat(policy.seed()).isEqualTo(7);
    }

    @Test
    void shouldNameTheSettingThatIsWrong() {
        ComparisonSettings defaults = ComparisonSettings.defaults();

        assertThatThrownBy(() -> withPrimary("gini").checked()).hasMessageContaining("Unknown metric 'gini'");
        assertThatThrownBy(() -> new ComparisonSettings(
                                null, "best", 0, 0, 0, List.of(), 100, 0.02, 0.05, 1, "fail", 1000, 1)
                        .checked())
                .hasMessageContaining("mode must be superiority or non-inferiority, not 'best'");
        assertThatThrownBy(() -> new ComparisonSettings(
                                null, "superiority", 0, 0, 0, List.of("auc"), 100, 0.02, 0.05, 1, "fail", 1000, 1)
                        .checked())
                .hasMessageContaining("METRIC:MARGIN");
        assertThatThrownBy(() -> new ComparisonSettings(
                                null, "superiority", 0, 0, 0, List.of(), 100, 0.02, 0.05, 1, "maybe", 1000, 1)
                        .checked())
                .hasMessageContaining("onMissingChampion must be pass, fail or inactive, not 'maybe'");
        assertThatThrownBy(() -> new ComparisonSettings(
                                null, "superiority", 0, 0, 0, List.of(), 100, 0.02, 1.5, 1, "fail", 1000, 1)
                        .checked())
                .hasMessageContaining("alpha must be in (0, 1)");
        assertThat(defaults.checked()).isSameAs(defaults);
    }

    private static ComparisonSettings withPrimary(final String metric) {
        ComparisonSettings defaults = ComparisonSettings.defaults();
        return new ComparisonSettings(
                metric,
                defaults.mode(),
                defaults.margin(),
                defaults.minimumImprovement(),
                defaults.minimumRelativeImprovement(),
                defaults.guards(),
                defaults.sliceMinimumSize(),
                defaults.sliceMargin(),
                defaults.alpha(),
                defaults.maximumChangedDecisions(),
                defaults.onMissingChampion(),
                defaults.resamples(),
                defaults.seed());
    }
}
