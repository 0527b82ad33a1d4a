package io.modelgate.comparison;

import io.modelgate.statistics.PoissonBootstrapResult;

/**
 * One metric of both models: the values, the difference candidate − champion and its paired bootstrap interval.
 * Without a champion only the candidate's value is defined and the rest is NaN.
 *
 * @param metric the metric
 * @param direction the direction it is judged in
 * @param champion the champion's value
 * @param candidate the candidate's value
 * @param delta candidate − champion
 * @param ciLow the interval's lower bound for the delta
 * @param ciHigh the interval's upper bound for the delta
 * @param resamples the resamples behind the interval
 */
public record MetricComparison(
        ComparisonMetric metric,
        Direction direction,
        double champion,
        double candidate,
        double delta,
        double ciLow,
        double ciHigh,
        int resamples) {
    static MetricComparison of(
            final ComparisonMetric metric, final Direction direction, final PoissonBootstrapResult result) {
        return new MetricComparison(
                metric,
                direction,
                result.champion(),
                result.candidate(),
                result.difference(),
                result.low(),
                result.high(),
                result.resamples());
    }

    static MetricComparison candidateOnly(
            final ComparisonMetric metric, final Direction direction, final double candidate) {
        return new MetricComparison(metric, direction, Double.NaN, candidate, Double.NaN, Double.NaN, Double.NaN, 0);
    }

    /** @return the delta oriented so that positive is better */
    public double improvement() {
        return direction.improvement(delta);
    }

    /** @return the lower bound of the oriented improvement: ciLow, or −ciHigh for lower-is-better metrics */
    public double improvementLow() {
        return direction == Direction.HIGHER_IS_BETTER ? ciLow : -ciHigh;
    }
}
