package io.modelgate.cli.comparison;

import io.modelgate.risk.RiskSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of {@code modelgate compare} for the candidate's model risk: parity, cost and robustness. */
public final class RiskOptions {
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
     * Returns the options as settings.
     *
     * @return the settings
     * @throws IllegalArgumentException when the noise or swap probability is out of range
     */
    RiskSettings settings() {
        return new RiskSettings(
                expectedPredictions,
                expectedColumn,
                parityPrecision,
                parityZeroThreshold,
                maximumSizeBytes,
                maximumLatencyMicros,
                maximumFlipRate,
                noise,
                swap);
    }
}
