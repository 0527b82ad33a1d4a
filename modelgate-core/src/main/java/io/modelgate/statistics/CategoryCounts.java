package io.modelgate.statistics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exact frequency counts of the categories of a text stream, for at most a cap of distinct categories; once the cap
 * is reached, values of new categories are counted together as "other". Below the cap the counts do not depend on
 * order or on how the stream was split and merged; above it, which categories are kept depends on the order in
 * which they first appeared (per part, and on merge the most frequent are kept), while the total stays exact.
 */
public final class CategoryCounts {
    /** The default cap on distinct categories. */
    public static final int DEFAULT_CAP = 10_000;

    private final int cap;
    private final Map<String, long[]> counts = new HashMap<>();
    private long other;

    /**
     * Creates empty counts.
     *
     * @param cap the largest number of distinct categories counted one by one
     */
    public CategoryCounts(final int cap) {
        this.cap = cap;
    }

    /** @param category the next value; allocates only the first time a category appears */
    public void add(final String category) {
        long[] count = counts.get(category);
        if (count != null) {
            count[0]++;
        } else if (counts.size() < cap) {
            counts.put(category, new long[] {1});
        } else {
            other++;
        }
    }

    /**
     * Returns the counts of both streams; neither input changes. When the union has more categories than the cap,
     * the most frequent are kept (ties by name) and the rest move to "other".
     *
     * @param that counts of another stream
     * @return the combined counts
     */
    public CategoryCounts merged(final CategoryCounts that) {
        Map<String, Long> union = new HashMap<>();
        for (CategoryCounts part : new CategoryCounts[] {this, that}) {
            part.counts.forEach((key, value) -> union.merge(key, value[0], Long::sum));
        }
        CategoryCounts result = new CategoryCounts(Math.min(cap, that.cap));
        result.other = other + that.other;
        union.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> {
                    if (result.counts.size() < result.cap) {
                        result.counts.put(entry.getKey(), new long[] {entry.getValue()});
                    } else {
                        result.other += entry.getValue();
                    }
                });
        return result;
    }

    /** @return the counts per category, most frequent first (ties by name) */
    public Map<String, Long> counts() {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted((a, b) -> a.getValue()[0] != b.getValue()[0]
                        ? Long.compare(b.getValue()[0], a.getValue()[0])
                        : a.getKey().compareTo(b.getKey()))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()[0]));
        return sorted;
    }

    /** @return the number of values of categories beyond the cap */
    public long other() {
        return other;
    }

    /** @return the number of values counted */
    public long total() {
        return other + counts.values().stream().mapToLong(count -> count[0]).sum();
    }
}
