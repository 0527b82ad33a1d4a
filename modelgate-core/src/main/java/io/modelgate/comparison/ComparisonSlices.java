package io.modelgate.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the primary metric within every slice: each value of each slice column, values in sorted order, slices
 * below the policy's minimum size (or, for AUC, without both classes) left INACTIVE with the reason.
 */
final class ComparisonSlices {
    /** The value that stands for a missing slice key. */
    static final String MISSING = "(missing)";

    private ComparisonSlices() {}

    static List<SliceComparison> compare(final PairedPredictions predictions, final ComparisonPolicy policy) {
        List<SliceComparison> slices = new ArrayList<>();
        for (Map.Entry<String, String[]> column : predictions.slices().entrySet()) {
            for (Map.Entry<String, int[]> slice : group(column.getValue()).entrySet()) {
                slices.add(compare(predictions, policy, column.getKey(), slice.getKey(), slice.getValue()));
            }
        }
        return slices;
    }

    private static SliceComparison compare(
            final PairedPredictions predictions,
            final ComparisonPolicy policy,
            final String column,
            final String value,
            final int[] rows) {
        if (rows.length < policy.sliceMinimumSize()) {
            return new SliceComparison(
                    column,
                    value,
                    rows.length,
                    null,
                    rows.length + " rows, fewer than the minimum slice size " + policy.sliceMinimumSize());
        }
        PairedPredictions slice = predictions.subset(rows);
        if (policy.primaryMetric() == ComparisonMetric.AUC) {
            long positives =
                    Arrays.stream(slice.targets()).filter(target -> target == 1).count();
            if (positives == 0 || positives == rows.length) {
                return new SliceComparison(
                        column,
                        value,
                        rows.length,
                        null,
                        "AUC needs both classes, the slice has only " + (positives == 0 ? "negatives" : "positives"));
            }
        }
        MetricComparison metric = ChampionCandidateComparison.bootstrap(List.of(policy.primaryMetric()), slice, policy)
                .get(0);
        return new SliceComparison(column, value, rows.length, metric, null);
    }

    private static Map<String, int[]> group(final String[] keys) {
        Map<String, int[]> counts = new TreeMap<>();
        for (String key : keys) {
            counts.computeIfAbsent(key == null ? MISSING : key, k -> new int[1])[0]++;
        }
        Map<String, int[]> rows = new TreeMap<>();
        Map<String, Integer> filled = new TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i] == null ? MISSING : keys[i];
            int[] slice = rows.computeIfAbsent(key, k -> new int[counts.get(k)[0]]);
            int position = filled.merge(key, 1, Integer::sum) - 1;
            slice[position] = i;
        }
        return rows;
    }
}
