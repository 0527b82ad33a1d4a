package io.modelgate.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.report.Check;
import io.modelgate.report.Evidence;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import io.modelgate.report.Subject;
import io.modelgate.risk.RiskSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoldoutComparisonTest {
    /** The real scikit-learn models and holdout that the scoring tests use. */
    private static final Path MODELS = Path.of("src/test/resources/fixtures/scoring/SklearnEquivalenceTest");

    private static final Path HOLDOUT = MODELS.resolve("credit-holdout.csv");

    @Test
    void shouldPassACandidateThatIsSignificantlyBetterAndDescribeEveryInput() throws IOException {
        Evidence evidence = new HoldoutComparison(MODELS.resolve("CreditBoosting.pmml"), HOLDOUT, "default")
                .withChampion(MODELS.resolve("CreditTree.pmml"))
                .withThreads(2)
                .withSubject(new Subject("credit-risk", "7"))
                .run();

        assertThat(evidence.kind()).isEqualTo("comparison");
        assertThat(evidence.status()).isEqualTo(GateStatus.PASSED);
        assertThat(evidence.subject()).isEqualTo(new Subject("credit-risk", "7"));
        assertThat(evidence.inputs()).extracting(Input::role).containsExactly("candidate", "champion", "holdout");
        assertThat(evidence.inputs().get(2).rows()).isEqualTo(300);
        assertThat(evidence.sections()).containsKeys("comparison", "risk");
    }

    @Test
    void shouldStayInactiveWithoutAChampionUnlessARiskCheckFails() throws IOException {
        ComparisonSettings inactive =
                new ComparisonSettings(null, "superiority", 0, 0, 0, List.of(), 100, 0.02, 0.05, 1, "inactive", 200, 1);
        RiskSettings defaults = RiskSettings.defaults();
        RiskSettings tiny = new RiskSettings(
                null,
                null,
                defaults.parityPrecision(),
                defaults.parityZeroThreshold(),
                1000L,
                null,
                null,
                defaults.noise(),
                defaults.swap());

        Evidence alone = new HoldoutComparison(MODELS.resolve("CreditForest.pmml"), HOLDOUT, "default")
                .withSettings(inactive)
                .run();
        Evidence tooLarge = new HoldoutComparison(MODELS.resolve("CreditForest.pmml"), HOLDOUT, "default")
                .withSettings(inactive)
                .withRisk(tiny)
                .run();

        assertThat(alone.status()).isEqualTo(GateStatus.INACTIVE);
        assertThat(alone.checks()).extracting(Check::name).contains("champion", "cost:size", "robustness");
        assertThat(tooLarge.status()).isEqualTo(GateStatus.FAILED);
        assertThat(tooLarge.problems().get(0).name()).isEqualTo("cost:size");
    }
}
