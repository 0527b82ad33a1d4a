package io.modelgate.cli.comparison;

import io.modelgate.report.Check;
import io.modelgate.report.Input;
import io.modelgate.risk.ExpectedPredictions;
import io.modelgate.risk.HoldoutSample;
import io.modelgate.risk.ModelCost;
import io.modelgate.risk.ModelStructure;
import io.modelgate.risk.ParityCheck;
import io.modelgate.risk.ParityResult;
import io.modelgate.risk.Robustness;
import io.modelgate.risk.RobustnessResult;
import io.modelgate.risk.ScoringLatency;
import io.modelgate.scoring.HoldoutScores;
import io.modelgate.scoring.PmmlModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of {@code modelgate compare} for the candidate's model risk: parity, cost and robustness. */
public final class RiskOptions {
    private static final int SAMPLE_ROWS = 2000;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--expected-predictions",
            paramLabel = "CSV",
            description = "The training framework's own predictions on the holdout rows, in the same order; adds the"
                    + " parity check.")
    Path expectedPredictions;

    @Option(
            names = "--expected-column",
            paramLabel = "COLUMN",
            description = "The column of --expected-predictions to compare (default: probability(<positive class>)"
                    + " for classifiers, the first numeric column for regressions).")
    String expectedColumn;

    @Option(
            names = "--parity-precision",
            paramLabel = "REL",
            defaultValue = "1e-6",
            description = "Relative tolerance of the parity check (default ${DEFAULT-VALUE}).")
    double parityPrecision;

    @Option(
            names = "--parity-zero-threshold",
            paramLabel = "ABS",
            defaultValue = "1e-16",
            description = "Values this close to zero count as zero in the parity check (default ${DEFAULT-VALUE}).")
    double parityZeroThreshold;

    @Option(
            names = "--max-size-bytes",
            paramLabel = "N",
            description = "Largest PMML file size of the candidate (default: no limit).")
    Long maximumSizeBytes;

    @Option(
            names = "--max-latency-us",
            paramLabel = "N",
            description = "Largest p99 scoring latency per row, in microseconds (default: no limit).")
    Double maximumLatencyMicros;

    @Option(
            names = "--max-flip-rate",
            paramLabel = "R",
            description = "Largest share of rows whose decision flips under perturbation (default: report only).")
    Double maximumFlipRate;

    @Option(
            names = "--noise",
            paramLabel = "F",
            defaultValue = "0.05",
            description = "Perturbation noise as a share of each numeric input's standard deviation"
                    + " (default ${DEFAULT-VALUE}).")
    double noise;

    @Option(
            names = "--swap",
            paramLabel = "P",
            defaultValue = "0.05",
            description = "Probability of swapping each categorical input in the perturbation"
                    + " (default ${DEFAULT-VALUE}).")
    double swap;

    /**
     * Runs the risk checks on the candidate.
     *
     * @param model the candidate
     * @param pmml its file
     * @param data the holdout
     * @param seed the perturbation seed
     * @param scores the candidate's scores on the holdout
     * @param checks the checks, to which the risk checks are added
     * @param inputs the evidence inputs, to which the expected predictions are added
     * @return the risk section
     * @throws IOException when a file cannot be read
     */
    Map<String, Object> assess(
            final PmmlModel model,
            final Path pmml,
            final Path data,
            final long seed,
            final HoldoutScores scores,
            final List<Check> checks,
            final List<Input> inputs)
            throws IOException {
        Robustness robustness;
        try {
            robustness = new Robustness(noise, swap, seed);
        } catch (IllegalArgumentException exception) {
            throw new ParameterException(spec.commandLine(), exception.getMessage(), exception);
        }
        Map<String, Object> risk = new LinkedHashMap<>();
        if (expectedPredictions != null) {
            String column = expectedColumn != null
                    ? expectedColumn
                    : scores.classes().isEmpty()
                            ? null
                            : "probability("
                                    + scores.classes().get(scores.classes().size() - 1) + ")";
            ExpectedPredictions expected = ExpectedPredictions.read(expectedPredictions, column, scores.rows());
            ParityResult parity =
                    new ParityCheck(parityPrecision, parityZeroThreshold).compare(scores.candidate(), expected);
            checks.add(parity.check());
            risk.put("parity", parity.section());
            inputs.add(new Input(
                    "expected-predictions", expectedPredictions.toString(), expected.sha256(), scores.rows()));
        }
        HoldoutSample sample = HoldoutSample.read(model, data, SAMPLE_ROWS);
        ModelCost cost = new ModelCost(
                ModelStructure.of(pmml),
                ScoringLatency.measure(model, sample, ScoringLatency.WARM_UP, ScoringLatency.TIMED));
        checks.addAll(cost.checks(maximumSizeBytes, maximumLatencyMicros));
        cost.describe(risk);
        RobustnessResult flips = robustness.measure(model, sample);
        checks.add(flips.check(maximumFlipRate));
        flips.describe(risk);
        return risk;
    }
}
