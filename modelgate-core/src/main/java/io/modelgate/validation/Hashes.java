package io.modelgate.validation;

/**
 * 64-bit hashes of values and rows for duplicate detection: FNV-1a over the UTF-16 code units, finished with the
 * MurmurHash3 fmix64 mixer. Not cryptographic; two different values collide with probability about 2^-64.
 */
final class Hashes {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hashes() {}

    static long of(final String value) {
        return mix(update(FNV_OFFSET, value));
    }

    /** Hashes several values as one, so that {@code ("a,b")} and {@code ("a", "b")} differ. */
    static long ofAll(final String[] values, final int[] indexes) {
        long hash = FNV_OFFSET;
        for (int index : indexes) {
            hash = update(hash, values[index]);
            hash = (hash ^ 0x1F) * FNV_PRIME; // a unit separator that cannot be confused with text
            hash = (hash ^ values[index].length()) * FNV_PRIME;
        }
        return mix(hash);
    }

    private static long update(final long start, final String value) {
        long hash = start;
        for (int i = 0; i < value.length(); i++) {
            hash = (hash ^ value.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }

    private static long mix(final long value) {
        long k = value;
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
