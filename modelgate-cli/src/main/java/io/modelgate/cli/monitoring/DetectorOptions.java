package io.modelgate.cli.monitoring;

import io.modelgate.statistics.DriftDetectionMethod;
import io.modelgate.statistics.PageHinkley;
import picocli.CommandLine.Option;

/**
 * The settings of the concept-drift detectors of {@code monitor performance}. The defaults differ from river's on
 * purpose (see docs/monitoring.md): Page-Hinkley without fading and with delta 0.05, because river's delta 0.005 and
 * fading 0.9999 raise alarms on long stable loss streams; DDM with a warm start of 300 rows.
 */
public final class DetectorOptions {
    @Option(
            names = "--ph-delta",
            paramLabel = "D",
            defaultValue = "0.05",
            description = "Page-Hinkley: change of the mean loss tolerated (default: ${DEFAULT-VALUE}).")
    double delta;

    @Option(
            names = "--ph-threshold",
            paramLabel = "L",
            defaultValue = "50",
            description = "Page-Hinkley: detection threshold lambda, in loss units (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(
            names = "--ph-alpha",
            paramLabel = "A",
            defaultValue = "1",
            description = "Page-Hinkley: fading factor in (0, 1], 1 for none (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(
            names = "--ddm-warm-start",
            paramLabel = "N",
            defaultValue = "300",
            description = "DDM: rows before a change may be signalled (default: ${DEFAULT-VALUE}).")
    int warmStart;

    PageHinkley pageHinkley() {
        return new PageHinkley(PageHinkley.DEFAULT_MIN_INSTANCES, delta, threshold, alpha, PageHinkley.Mode.UP);
    }

    DriftDetectionMethod ddm() {
        return new DriftDetectionMethod(
                warmStart,
                DriftDetectionMethod.DEFAULT_WARNING_THRESHOLD,
                DriftDetectionMethod.DEFAULT_DRIFT_THRESHOLD);
    }
}
