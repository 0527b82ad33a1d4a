package io.modelgate.reproducibility;

import io.modelgate.metrics.Metric;
import io.modelgate.metrics.Metrics;
import io.modelgate.scoring.HoldoutScores;
import io.modelgate.scoring.HoldoutScoring;
import io.modelgate.scoring.ModelFunction;
import io.modelgate.scoring.PmmlDiff;
import io.modelgate.scoring.PmmlDifference;
import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides how closely a rebuilt model matches the original: {@link Level#IDENTICAL} when the canonical hashes are
 * equal, {@link Level#EQUIVALENT} when every output on the probe data is within an absolute tolerance and no decision
 * changes, else {@link Level#DIFFERENT}; explains a difference by the first differing PMML element and, on labelled
 * probe data, by the metric deltas.
 *
 * @param probe the probe data (CSV with the models' inputs), or {@code null}
 * @param target the probe's target column for metric deltas, or {@code null}
 * @param tolerance the largest absolute output difference still called equivalent
 */
public record ModelEquivalence(Path probe, String target, double tolerance) {
    /** The default tolerance: the relative precision JPMML uses for its verification records. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /**
     * Checks, before any retraining, that the probe data fits the model: it has a column for every input field of
     * the model and, when metric deltas are asked for, the target column.
     *
     * @param original the model under test
     * @throws IOException when the probe cannot be read
     * @throws io.modelgate.data.DataFormatException naming the probe file and the missing column
     */
    public void requireProbeFits(final PmmlModel original) throws IOException {
        if (probe != null) {
            ProbeComparison.requireColumns(original, probe, target);
        }
    }

    /**
     * Compares a rebuilt model with the original.
     *
     * @param run the run's number
     * @param original the model under test
     * @param rebuilt the rebuilt model's file
     * @return the outcome
     * @throws IOException when a file cannot be read
     */
    public Reproduction compare(final int run, final PmmlModel original, final Path rebuilt) throws IOException {
        PmmlModel model = PmmlModel.load(rebuilt);
        if (model.hash().equals(original.hash())) {
            return new Reproduction(
                    run,
                    Level.IDENTICAL,
                    original.hash(),
                    model.hash(),
                    new PmmlDifference("", "", "", 0, 0, 0),
                    null,
                    Map.of());
        }
        PmmlDifference difference = PmmlDiff.between(Path.of(original.file()), rebuilt);
        if (probe == null) {
            return new Reproduction(run, Level.DIFFERENT, original.hash(), model.hash(), difference, null, Map.of());
        }
        ProbeDeviation deviation = ProbeComparison.compare(original, model, probe);
        Level level = deviation.within(tolerance) ? Level.EQUIVALENT : Level.DIFFERENT;
        return new Reproduction(
                run, level, original.hash(), model.hash(), difference, deviation, metricDeltas(original, model));
    }

    private Map<String, Double> metricDeltas(final PmmlModel original, final PmmlModel rebuilt) throws IOException {
        if (target == null) {
            return Map.of();
        }
        HoldoutScores scores = new HoldoutScoring(rebuilt, original, target, List.of(), 1).score(probe);
        Map<Metric, Double> before = metrics(original, scores, scores.champion());
        Map<Metric, Double> after = metrics(original, scores, scores.candidate());
        Map<String, Double> deltas = new TreeMap<>();
        before.forEach((metric, value) -> deltas.put(metric.key(), after.get(metric) - value));
        return deltas;
    }

    private static Map<Metric, Double> metrics(final PmmlModel model, final HoldoutScores scores, final double[] p) {
        if (model.function() != ModelFunction.CLASSIFICATION) {
            return Metrics.regression(scores.targets(), p);
        }
        int[] actual = scores.labels();
        int[] predicted = new int[p.length];
        double[][] probabilities = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            predicted[i] = p[i] >= 0.5 ? 1 : 0;
            probabilities[i] = new double[] {1 - p[i], p[i]};
        }
        return Metrics.classification(actual, predicted, probabilities);
    }
}
