package io.modelgate.comparison;

import io.modelgate.statistics.DeLongResult;
import io.modelgate.statistics.DeLongTest;
import io.modelgate.statistics.McNemarResult;
import io.modelgate.statistics.McNemarTest;
import io.modelgate.statistics.PoissonBootstrap;
import io.modelgate.statistics.PoissonBootstrapMetric;
import io.modelgate.statistics.PoissonBootstrapResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Compares a candidate with the champion on the same holdout: every metric of the task with its paired bootstrap
 * interval (one set of resamples for all metrics), McNemar's test on correctness at 0.5 and DeLong's test on AUC for
 * binary classifiers, the primary metric per slice, and the share of changed decisions. The verdict is in the
 * report's checks.
 */
public final class ChampionCandidateComparison {
    private ChampionCandidateComparison() {}

    /**
     * Compares the candidate with the champion.
     *
     * @param predictions the paired predictions
     * @param policy the rules
     * @return the report
     * @throws IllegalArgumentException when the policy names a metric of the other task
     */
    public static ComparisonReport compare(final PairedPredictions predictions, final ComparisonPolicy policy) {
        List<ComparisonMetric> metrics = ComparisonMetric.of(predictions.isBinary());
        requireApplicable(policy.primaryMetric(), metrics);
        policy.guards().forEach(guard -> requireApplicable(guard.metric(), metrics));
        double[] targets = predictions.targets();
        double[] candidate = predictions.candidate();
        if (predictions.champion().isEmpty()) {
            byte[] ones = ones(targets.length);
            List<MetricComparison> values = metrics.stream()
                    .map(metric -> MetricComparison.candidateOnly(
                            metric,
                            direction(metric, policy),
                            metric.bootstrapMetric().prepare(targets, candidate).value(ones)))
                    .toList();
            return new ComparisonReport(
                    policy,
                    predictions.isBinary(),
                    false,
                    predictions.rows(),
                    values,
                    null,
                    null,
                    List.of(),
                    null,
                    curves(predictions));
        }
        double[] champion = predictions.champion().get();
        List<MetricComparison> values = bootstrap(metrics, predictions, policy);
        // DeLong sorts both models' scores and the curves sort them again: on a second core while this one does
        // the slices and the curves
        CompletableFuture<DeLongResult> delong = predictions.isBinary()
                ? CompletableFuture.supplyAsync(() -> delong(targets, champion, candidate, policy.confidenceLevel()))
                : CompletableFuture.completedFuture(null);
        McNemarResult mcnemar = null;
        DecisionAgreement agreement = null;
        if (predictions.isBinary()) {
            mcnemar = mcnemar(targets, champion, candidate);
            agreement = DecisionAgreement.of(champion, candidate);
        }
        List<SliceComparison> slices = ComparisonSlices.compare(predictions, policy);
        Map<String, Object> curves = curves(predictions);
        return new ComparisonReport(
                policy,
                predictions.isBinary(),
                true,
                predictions.rows(),
                values,
                mcnemar,
                join(delong),
                slices,
                agreement,
                curves);
    }

    private static <T> T join(final CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException exception) {
            if (exception.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw exception;
        }
    }

    private static Map<String, Object> curves(final PairedPredictions predictions) {
        return predictions.isBinary() ? ComparisonCurves.of(predictions) : Map.of();
    }

    static List<MetricComparison> bootstrap(
            final List<ComparisonMetric> metrics, final PairedPredictions predictions, final ComparisonPolicy policy) {
        List<PoissonBootstrapMetric> bootstrapMetrics =
                metrics.stream().map(ComparisonMetric::bootstrapMetric).toList();
        List<PoissonBootstrapResult> results = PoissonBootstrap.of(policy.resamples(), policy.seed())
                .compare(
                        bootstrapMetrics,
                        predictions.targets(),
                        predictions.champion().orElseThrow(),
                        predictions.candidate(),
                        policy.confidenceLevel());
        List<MetricComparison> values = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            values.add(MetricComparison.of(metrics.get(m), direction(metrics.get(m), policy), results.get(m)));
        }
        return values;
    }

    private static Direction direction(final ComparisonMetric metric, final ComparisonPolicy policy) {
        return metric == policy.primaryMetric() ? policy.direction() : metric.direction();
    }

    private static void requireApplicable(final ComparisonMetric metric, final List<ComparisonMetric> metrics) {
        if (!metrics.contains(metric)) {
            throw new IllegalArgumentException("Metric " + metric.key() + " does not apply to "
                    + (metric.isBinary() ? "regression" : "binary classification") + " predictions");
        }
    }

    private static DeLongResult delong(
            final double[] targets, final double[] champion, final double[] candidate, final double level) {
        boolean[] positive = new boolean[targets.length];
        int positives = 0;
        for (int i = 0; i < targets.length; i++) {
            positive[i] = targets[i] == 1;
            positives += positive[i] ? 1 : 0;
        }
        if (positives < 2 || targets.length - positives < 2) {
            return null;
        }
        return DeLongTest.compare(positive, champion, candidate, level);
    }

    /** McNemar's test on per-row correctness (class 1 when the probability is at least 0.5), counted in one pass. */
    private static McNemarResult mcnemar(final double[] targets, final double[] champion, final double[] candidate) {
        long championOnly = 0;
        long candidateOnly = 0;
        for (int i = 0; i < targets.length; i++) {
            boolean positive = targets[i] == 1;
            boolean championCorrect = (champion[i] >= 0.5) == positive;
            boolean candidateCorrect = (candidate[i] >= 0.5) == positive;
            championOnly += championCorrect && !candidateCorrect ? 1 : 0;
            candidateOnly += candidateCorrect && !championCorrect ? 1 : 0;
        }
        return McNemarTest.ofCounts(championOnly, candidateOnly);
    }

    private static byte[] ones(final int rows) {
        byte[] ones = new byte[rows];
        Arrays.fill(ones, (byte) 1);
        return ones;
    }
}
