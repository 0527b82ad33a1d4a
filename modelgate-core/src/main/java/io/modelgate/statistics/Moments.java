package io.modelgate.statistics;

/**
 * Count, mean, variance, minimum and maximum of a stream of doubles, updated in one pass (Welford 1962) and merged
 * with the pairwise formulas of Chan, Golub and LeVeque (1979), so partitions can be summarised apart and combined.
 * Merging is exact for count, minimum and maximum, and equal to a single pass up to floating-point rounding for the
 * mean and variance.
 */
public final class Moments {
    private long count;
    private double mean;
    private double squares;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** @param value the next finite value */
    public void add(final double value) {
        count++;
        double delta = value - mean;
        mean += delta / count;
        squares += delta * (value - mean);
        if (value < min) {
            min = value;
        }
        if (value > max) {
            max = value;
        }
    }

    /**
     * Returns the moments of both streams; neither input changes.
     *
     * @param other the moments of another stream
     * @return the combined moments
     */
    public Moments merged(final Moments other) {
        Moments result = new Moments();
        result.count = count + other.count;
        result.min = Math.min(min, other.min);
        result.max = Math.max(max, other.max);
        if (result.count > 0) {
            double delta = other.mean - mean;
            result.mean = mean + delta * other.count / result.count;
            result.squares = squares + other.squares + delta * delta * count / result.count * other.count;
        }
        return result;
    }

    /** @return the number of values */
    public long count() {
        return count;
    }

    /** @return the mean, NaN without values */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** @return the population standard deviation (divisor n, like numpy's default), NaN without values */
    public double standardDeviation() {
        return count == 0 ? Double.NaN : Math.sqrt(squares / count);
    }

    /** @return the smallest value, NaN without values */
    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    /** @return the largest value, NaN without values */
    public double max() {
        return count == 0 ? Double.NaN : max;
    }
}
