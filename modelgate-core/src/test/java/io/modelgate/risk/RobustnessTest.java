package io.modelgate.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.report.GateStatus;
import io.modelgate.scoring.HoldoutScores;
import io.modelgate.scoring.HoldoutScoring;
import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobustnessTest {
    private static final long SEED = 20260101L;

    @Test
    void shouldGiveTheSameFlipRateForTheSameSeed() throws IOException {
        PmmlModel model = PmmlModel.load(RiskFixtures.sklearn("CreditForest.pmml"));
        HoldoutSample sample = HoldoutSample.read(model, RiskFixtures.holdout(), 2000);

        RobustnessResult first = new Robustness(0.2, 0.2, SEED).measure(model, sample);
        RobustnessResult second = new Robustness(0.2, 0.2, SEED).measure(model, sample);

        assertThat(first.rows()).isEqualTo(300);
        assertThat(first).isEqualTo(second);
        assertThat(first.flips()).isPositive();
    }

    @Test
    void shouldNeverFlipWithoutPerturbation() throws IOException {
        PmmlModel model = PmmlModel.load(RiskFixtures.sklearn("CreditForest.pmml"));
        HoldoutSample sample = HoldoutSample.read(model, RiskFixtures.holdout(), 2000);

        RobustnessResult result = new Robustness(0, 0, SEED).measure(model, sample);

        assertThat(result.flips()).isZero();
        assertThat(result.check(0.0).status()).isEqualTo(GateStatus.PASSED);
    }

    @Test
    void shouldFlipMoreUnderMoreNoise() throws IOException {
        PmmlModel model = PmmlModel.load(RiskFixtures.sklearn("CreditLimitLinear.pmml"));
        HoldoutSample sample = HoldoutSample.read(model, RiskFixtures.holdout(), 2000);

        RobustnessResult small = new Robustness(0.01, 0, SEED).measure(model, sample);
        RobustnessResult large = new Robustness(2, 0.5, SEED).measure(model, sample);

        assertThat(large.flipRate()).isGreaterThan(small.flipRate());
        assertThat(large.check(small.flipRate()).status()).isEqualTo(GateStatus.FAILED);
        assertThat(small.check(null).status()).isEqualTo(GateStatus.PASSED);
    }

    @Test
    void shouldCountTheSameFlipsFromTheHoldoutsScoresAsFromScoringTheSample() throws IOException {
        PmmlModel model = PmmlModel.load(RiskFixtures.sklearn("CreditForest.pmml"));
        HoldoutSample sample = HoldoutSample.read(model, RiskFixtures.holdout(), 2000);
        HoldoutScores scores = new HoldoutScoring(model, null, "default", List.of(), 2).score(RiskFixtures.holdout());

        RobustnessResult scored = new Robustness(0.2, 0.2, SEED).measure(model, sample);
        RobustnessResult given = new Robustness(0.2, 0.2, SEED).measure(model, sample, scores.candidate());

        assertThat(given).isEqualTo(scored);
        assertThat(given.flips()).isPositive();
    }
}
