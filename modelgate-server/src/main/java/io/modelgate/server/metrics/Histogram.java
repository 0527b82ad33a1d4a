package io.modelgate.server.metrics;

import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * A Prometheus histogram with fixed upper bounds: counts per bucket (kept non-cumulative, rendered cumulative), the
 * sum and the count. Lock-free; safe to observe from many threads.
 */
final class Histogram {
    private final double[] bounds;
    private final LongAdder[] counts;
    private final DoubleAdder sum = new DoubleAdder();

    Histogram(final double... bounds) {
        this.bounds = bounds.clone();
        this.counts = new LongAdder[bounds.length + 1];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new LongAdder();
        }
    }

    void observe(final double value) {
        int bucket = 0;
        while (bucket < bounds.length && value > bounds[bucket]) {
            bucket++;
        }
        counts[bucket].increment();
        sum.add(value);
    }

    /**
     * Appends the histogram's samples.
     *
     * @param text the exposition being written
     * @param name the metric name
     * @param labels the labels other than {@code le}, already formatted ({@code a="b"}), or empty
     */
    void render(final PrometheusText text, final String name, final String labels) {
        String prefix = labels.isEmpty() ? "" : labels + ",";
        long cumulative = 0;
        for (int i = 0; i < counts.length; i++) {
            cumulative += counts[i].sum();
            String bound = i < bounds.length
                    ? java.math.BigDecimal.valueOf(bounds[i])
                            .stripTrailingZeros()
                            .toPlainString()
                    : "+Inf";
            text.sample(name + "_bucket", prefix + PrometheusText.label("le", bound), cumulative);
        }
        text.sample(name + "_sum", labels, sum.sum());
        text.sample(name + "_count", labels, cumulative);
    }
}
