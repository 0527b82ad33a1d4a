package io.modelgate.monitoring;

import io.modelgate.metrics.Metric;
import io.modelgate.metrics.Metrics;
import io.modelgate.report.GateStatus;
import io.modelgate.statistics.MetricInterval;
import io.modelgate.statistics.PoissonBootstrapInterval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Judges the model's performance per time window on the predictions whose labels have arrived: the metrics of
 * {@code io.modelgate.metrics}, a Poisson bootstrap interval of the watched metric, and the gate rule: a window fails
 * when its whole interval lies beyond the baseline (the value at release) by more than the tolerance, i.e. for a
 * metric where higher is better when {@code high < baseline − tolerance}, else when {@code low > baseline +
 * tolerance}. With a 95 % two-sided interval that is a one-sided test of "no drop larger than the tolerance" at about
 * the 2.5 % level per window; windows are judged separately, without a correction across them. A window with fewer
 * labelled rows than the minimum, or whose interval is undefined (one class only for AUC), gets no verdict.
 */
public final class PerformanceMonitor {
    /** Labelled rows a window needs for a verdict unless the caller says otherwise. */
    public static final int DEFAULT_MIN_ROWS = 200;
    /** Drop tolerated beyond the baseline, in the metric's units, unless the caller says otherwise. */
    public static final double DEFAULT_TOLERANCE = 0.01;

    private final PerformancePolicy policy;

    /**
     * Creates a monitor.
     *
     * @param policy the watched metric, baseline, tolerance and bootstrap settings
     */
    public PerformanceMonitor(final PerformancePolicy policy) {
        this.policy = policy;
    }

    /**
     * Judges the windows of a finished join.
     *
     * @param join the join, after the log was read
     * @return one verdict per window with labelled predictions, oldest first
     */
    public List<WindowPerformance> judge(final LabelJoin join) {
        TimeWindows time = join.timeWindows();
        boolean classification = join.predictions().isClassification();
        List<WindowPerformance> results = new ArrayList<>();
        for (JoinedWindow window : join.windows()) {
            String label = time.label(window.start());
            long end = window.start() + time.length();
            Map<String, Double> metrics = metrics(window, classification);
            if (window.size() < policy.minRows()) {
                results.add(new WindowPerformance(
                        label,
                        window.start(),
                        end,
                        window.size(),
                        metrics,
                        null,
                        Double.NaN,
                        GateStatus.INACTIVE,
                        "only " + window.size() + " labelled rows in window " + label + ", fewer than the "
                                + policy.minRows() + " a verdict needs"));
                continue;
            }
            MetricInterval interval = new PoissonBootstrapInterval(policy.resamples(), policy.seed())
                    .estimate(policy.metric().bootstrap(), window.targets(), window.scores(), policy.confidenceLevel());
            results.add(verdict(label, window, end, metrics, interval));
        }
        return results;
    }

    private WindowPerformance verdict(
            final String label,
            final JoinedWindow window,
            final long end,
            final Map<String, Double> metrics,
            final MetricInterval interval) {
        if (Double.isNaN(interval.value()) || Double.isNaN(interval.low())) {
            return new WindowPerformance(
                    label,
                    window.start(),
                    end,
                    window.size(),
                    metrics,
                    interval,
                    Double.NaN,
                    GateStatus.INACTIVE,
                    policy.metric().key() + " is undefined in window " + label
                            + " (e.g. only one class among its labels)");
        }
        if (policy.baseline() == null) {
            return new WindowPerformance(
                    label,
                    window.start(),
                    end,
                    window.size(),
                    metrics,
                    interval,
                    Double.NaN,
                    GateStatus.INACTIVE,
                    "no baseline to compare with: give --baseline or --baseline-value");
        }
        double bound = policy.bound();
        boolean drop = policy.metric().isHigherBetter() ? interval.high() < bound : interval.low() > bound;
        return new WindowPerformance(
                label,
                window.start(),
                end,
                window.size(),
                metrics,
                interval,
                bound,
                drop ? GateStatus.FAILED : GateStatus.PASSED,
                null);
    }

    private static Map<String, Double> metrics(final JoinedWindow window, final boolean classification) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (window.size() == 0) {
            return values;
        }
        Map<Metric, Double> computed;
        if (classification) {
            double[] scores = window.scores();
            double[] targets = window.targets();
            int[] actual = new int[targets.length];
            double[][] probabilities = new double[targets.length][];
            for (int i = 0; i < targets.length; i++) {
                actual[i] = (int) targets[i];
                probabilities[i] = new double[] {1 - scores[i], scores[i]};
            }
            computed = Metrics.classification(actual, window.predicted(), probabilities);
        } else {
            computed = Metrics.regression(window.targets(), window.scores());
        }
        computed.forEach((metric, value) -> values.put(metric.key(), value));
        return values;
    }

    /** @return the policy */
    public PerformancePolicy policy() {
        return policy;
    }

    static String format(final double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
