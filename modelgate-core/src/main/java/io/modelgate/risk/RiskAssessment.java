package io.modelgate.risk;

import io.modelgate.report.Check;
import io.modelgate.report.Input;
import io.modelgate.scoring.HoldoutScores;
import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assesses a candidate's model risk on its holdout: parity with the training framework's predictions (when given),
 * size, scoring latency and the flip rate under seeded perturbations, as checks and the {@code risk} section.
 */
public final class RiskAssessment {
    private static final int SAMPLE_ROWS = 2000;

    private RiskAssessment() {}

    /**
     * Runs the risk checks on the candidate.
     *
     * @param settings what to measure against
     * @param model the candidate
     * @param pmml its file
     * @param holdout the holdout
     * @param seed the perturbation seed
     * @param scores the candidate's scores on the holdout
     * @param checks the checks, to which the risk checks are added
     * @param inputs the evidence inputs, to which the expected predictions are added
     * @return the risk section
     * @throws IOException when a file cannot be read
     */
    public static Map<String, Object> assess(
            final RiskSettings settings,
            final PmmlModel model,
            final Path pmml,
            final Path holdout,
            final long seed,
            final HoldoutScores scores,
            final List<Check> checks,
            final List<Input> inputs)
            throws IOException {
        Map<String, Object> risk = new LinkedHashMap<>();
        Path expectedPredictions = settings.expectedPredictions();
        if (expectedPredictions != null) {
            String column = settings.expectedColumn() != null
                    ? settings.expectedColumn()
                    : scores.classes().isEmpty()
                            ? null
                            : "probability("
                                    + scores.classes().get(scores.classes().size() - 1) + ")";
            ExpectedPredictions expected = ExpectedPredictions.read(expectedPredictions, column, scores.rows());
            ParityResult parity = new ParityCheck(settings.parityPrecision(), settings.parityZeroThreshold())
                    .compare(scores.candidate(), expected);
            checks.add(parity.check());
            risk.put("parity", parity.section());
            inputs.add(new Input(
                    "expected-predictions", expectedPredictions.toString(), expected.sha256(), scores.rows()));
        }
        HoldoutSample sample = HoldoutSample.read(model, holdout, SAMPLE_ROWS);
        ModelCost cost = new ModelCost(
                ModelStructure.of(pmml),
                ScoringLatency.measure(model, sample, ScoringLatency.WARM_UP, ScoringLatency.TIMED));
        checks.addAll(cost.checks(settings.maximumSizeBytes(), settings.maximumLatencyMicros()));
        cost.describe(risk);
        Robustness robustness = new Robustness(settings.noise(), settings.swap(), seed);
        // the sample is the holdout's first rows, which the comparison scored already (the positive class's
        // probability of a binary classifier, a regression's value)
        RobustnessResult flips = scores.classes().size() <= 2
                ? robustness.measure(model, sample, scores.candidate())
                : robustness.measure(model, sample);
        checks.add(flips.check(settings.maximumFlipRate()));
        flips.describe(risk);
        return risk;
    }
}
