package io.modelgate.drift;

import io.modelgate.statistics.QuantileSketch;
import io.modelgate.statistics.ValueCounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Puts a feature's reference and current values into common bins: one per category (the most frequent
 * {@value #MAX_CATEGORIES}, the rest as "other"), one per value for numeric columns with at most
 * {@value NumericProfile#DISTINCT_CAP} distinct values, otherwise {@value #QUANTILE_BINS} bins between reference
 * deciles.
 */
final class Binning {
    /** Bins of a continuous numeric feature: between the reference quantiles at 1/10, ..., 9/10. */
    static final int QUANTILE_BINS = 10;
    /** Categories shown and tested one by one; the rest are grouped as "other". */
    static final int MAX_CATEGORIES = 20;

    private Binning() {}

    static Bins of(final ColumnProfile reference, final ColumnProfile current) {
        if (reference instanceof NumericProfile numericReference) {
            NumericProfile numericCurrent = (NumericProfile) current;
            ValueCounts union = numericReference.distinctValues().merged(numericCurrent.distinctValues());
            return union.isOverflowed()
                    ? quantiles(numericReference.sketchView(), numericCurrent.sketchView())
                    : values(numericReference.distinctValues(), numericCurrent.distinctValues(), union);
        }
        return categories((CategoricalProfile) reference, (CategoricalProfile) current);
    }

    /** @return the number of distinct values of both datasets together, or MAX_VALUE beyond the cap */
    static int distinctValues(final NumericProfile reference, final NumericProfile current) {
        ValueCounts union = reference.distinctValues().merged(current.distinctValues());
        return union.isOverflowed() ? Integer.MAX_VALUE : union.distinctValues().length;
    }

    private static Bins values(final ValueCounts reference, final ValueCounts current, final ValueCounts union) {
        double[] distinct = union.distinctValues();
        List<String> labels = new ArrayList<>();
        double[] first = new double[distinct.length];
        double[] second = new double[distinct.length];
        for (int i = 0; i < distinct.length; i++) {
            labels.add(DriftText.number(distinct[i]));
            first[i] = reference.count(distinct[i]);
            second[i] = current.count(distinct[i]);
        }
        return new Bins(labels, first, second, 0);
    }

    private static Bins quantiles(final QuantileSketch reference, final QuantileSketch current) {
        double min = reference.quantile(0);
        TreeSet<Double> edges = new TreeSet<>();
        for (int i = 1; i < QUANTILE_BINS; i++) {
            double edge = reference.quantile((double) i / QUANTILE_BINS);
            if (edge > min) {
                edges.add(edge);
            }
        }
        if (edges.isEmpty()) {
            edges.add(min);
            edges.add(Math.nextUp(min));
        }
        List<Double> cuts = new ArrayList<>(edges);
        int size = cuts.size() + 1;
        double[] first = new double[size];
        double[] second = new double[size];
        List<String> labels = new ArrayList<>();
        double belowFirst = 0;
        double belowSecond = 0;
        for (int i = 0; i < size; i++) {
            double upFirst = i < cuts.size() ? reference.shareBelow(cuts.get(i)) : 1.0;
            double upSecond = i < cuts.size() ? current.shareBelow(cuts.get(i)) : 1.0;
            first[i] = (upFirst - belowFirst) * reference.count();
            second[i] = Math.max(0, upSecond - belowSecond) * current.count();
            belowFirst = upFirst;
            belowSecond = Math.max(belowSecond, upSecond);
            String low = i == 0 ? "(-inf" : "[" + DriftText.number(cuts.get(i - 1));
            String high = i < cuts.size() ? DriftText.number(cuts.get(i)) + ")" : "+inf)";
            labels.add(low + ", " + high);
        }
        double allowance = 2 * (reference.rankError() + current.rankError());
        return new Bins(labels, first, second, allowance);
    }

    private static Bins categories(final CategoricalProfile reference, final CategoricalProfile current) {
        Map<String, Long> referenceCounts = reference.counts();
        Map<String, Long> currentCounts = current.counts();
        Map<String, Long> pooled = new HashMap<>(referenceCounts);
        currentCounts.forEach((category, count) -> pooled.merge(category, count, Long::sum));
        List<String> shown = pooled.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CATEGORIES)
                .map(Map.Entry::getKey)
                .toList();
        boolean grouped = pooled.size() > shown.size() || reference.other() + current.other() > 0;
        int size = shown.size() + (grouped ? 1 : 0);
        double[] first = new double[size];
        double[] second = new double[size];
        List<String> labels = new ArrayList<>(shown);
        for (int i = 0; i < shown.size(); i++) {
            first[i] = referenceCounts.getOrDefault(shown.get(i), 0L);
            second[i] = currentCounts.getOrDefault(shown.get(i), 0L);
        }
        if (grouped) {
            first[size - 1] = reference.count() - sum(first);
            second[size - 1] = current.count() - sum(second);
            labels.add(shown.contains("other") ? "(other)" : "other");
        }
        return new Bins(labels, first, second, 0);
    }

    private static double sum(final double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
