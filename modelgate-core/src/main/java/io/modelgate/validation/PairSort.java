package io.modelgate.validation;

/** Sorts two parallel {@code long} arrays by (key, value) in place, without boxing: quicksort with insertion sort. */
final class PairSort {
    private static final int SMALL = 24;

    private PairSort() {}

    static void sort(final long[] keys, final long[] values, final int from, final int to) {
        int low = from;
        int high = to - 1;
        while (high - low >= SMALL) {
            int middle = (low + high) >>> 1;
            medianToMiddle(keys, values, low, middle, high);
            long pivotKey = keys[middle];
            long pivotValue = values[middle];
            int i = low;
            int j = high;
            while (i <= j) {
                while (less(keys[i], values[i], pivotKey, pivotValue)) {
                    i++;
                }
                while (less(pivotKey, pivotValue, keys[j], values[j])) {
                    j--;
                }
                if (i <= j) {
                    swap(keys, values, i++, j--);
                }
            }
            // recurse into the smaller part, loop over the larger one: stack depth stays logarithmic
            if (j - low < high - i) {
                sort(keys, values, low, j + 1);
                low = i;
            } else {
                sort(keys, values, i, high + 1);
                high = j;
            }
        }
        insertionSort(keys, values, low, high);
    }

    private static void medianToMiddle(
            final long[] keys, final long[] values, final int low, final int middle, final int high) {
        if (less(keys[middle], values[middle], keys[low], values[low])) {
            swap(keys, values, middle, low);
        }
        if (less(keys[high], values[high], keys[low], values[low])) {
            swap(keys, values, high, low);
        }
        if (less(keys[high], values[high], keys[middle], values[middle])) {
            swap(keys, values, high, middle);
        }
    }

    private static void insertionSort(final long[] keys, final long[] values, final int low, final int high) {
        for (int i = low + 1; i <= high; i++) {
            long key = keys[i];
            long value = values[i];
            int j = i - 1;
            while (j >= low && less(key, value, keys[j], values[j])) {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
                j--;
            }
            keys[j + 1] = key;
            values[j + 1] = value;
        }
    }

    static boolean less(final long key, final long value, final long otherKey, final long otherValue) {
        return key < otherKey || key == otherKey && value < otherValue;
    }

    private static void swap(final long[] keys, final long[] values, final int i, final int j) {
        long key = keys[i];
        keys[i] = keys[j];
        keys[j] = key;
        long value = values[i];
        values[i] = values[j];
        values[j] = value;
    }
}
