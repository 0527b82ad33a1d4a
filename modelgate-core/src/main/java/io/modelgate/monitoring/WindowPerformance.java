package io.modelgate.monitoring;

import io.modelgate.report.GateStatus;
import io.modelgate.statistics.MetricInterval;
import java.util.Map;

/**
 * The performance verdict of one time window: the metrics of its labelled predictions, the bootstrap interval of the
 * watched metric, the bound its interval must not fall beyond (the baseline minus the tolerance, or plus it for a
 * metric where lower is better), and the status; or the reason there is no verdict.
 *
 * @param label the window's name
 * @param start the window's start, epoch milliseconds
 * @param end the window's end (exclusive), epoch milliseconds
 * @param rows the labelled predictions in it
 * @param metrics every metric of the window, by key
 * @param interval the watched metric's interval, or {@code null} when not computed
 * @param bound the value the interval must not lie entirely beyond, NaN without a baseline
 * @param status FAILED for a significant drop, PASSED, or INACTIVE
 * @param reason why there is no verdict, or {@code null}
 */
public record WindowPerformance(
        String label,
        long start,
        long end,
        long rows,
        Map<String, Double> metrics,
        MetricInterval interval,
        double bound,
        GateStatus status,
        String reason) {}
