package io.modelgate.report;

import io.modelgate.comparison.ChampionCandidateComparison;
import io.modelgate.comparison.ComparisonMetric;
import io.modelgate.comparison.ComparisonPolicy;
import io.modelgate.comparison.ComparisonReport;
import io.modelgate.comparison.GuardMetric;
import io.modelgate.comparison.PairedPredictions;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** A real comparison on a seeded synthetic holdout: a candidate that ranks better, with a small and a hostile slice. */
final class SampleComparison {
    static final int ROWS = 4_000;
    static final String REGION = "<b>isles</b>";

    private SampleComparison() {}

    static ComparisonReport report() {
        SplittableRandom random = new SplittableRandom(20_261_128L);
        int[] labels = new int[ROWS];
        double[] champion = new double[ROWS];
        double[] candidate = new double[ROWS];
        String[] region = new String[ROWS];
        for (int i = 0; i < ROWS; i++) {
            labels[i] = random.nextDouble() < 0.35 ? 1 : 0;
            double signal = 1.6 * labels[i] - 0.7 + random.nextGaussian();
            champion[i] = sigmoid(signal + random.nextGaussian());
            candidate[i] = sigmoid(1.3 * (signal + 0.6 * random.nextGaussian()));
            region[i] = i < 60 ? REGION : i % 2 == 0 ? "north" : "south";
        }
        ComparisonPolicy policy = ComparisonPolicy.of(ComparisonMetric.AUC)
                .withMinimumImprovement(0.005, 0)
                .withGuards(List.of(
                        new GuardMetric(ComparisonMetric.LOG_LOSS, 0.01),
                        new GuardMetric(ComparisonMetric.ACCURACY, 0.01)))
                .withSlices(100, 0.02)
                .withBootstrap(400, 7);
        return ChampionCandidateComparison.compare(
                PairedPredictions.binary(labels, champion, candidate).withSlice("region", region), policy);
    }

    static Evidence evidence(final ComparisonReport report) {
        return new Evidence(
                "comparison",
                Evidence.SCHEMA_VERSION,
                report.status(),
                new Subject("credit-risk", "8"),
                SampleEvidence.CREATED_AT,
                new Tool("modelgate", "0.1.0"),
                List.of(),
                report.checks(),
                Map.of("comparison", report.section()));
    }

    private static double sigmoid(final double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
