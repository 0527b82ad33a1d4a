package io.modelgate.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reuses the string of a short ASCII field value seen before in the same column, so that columns with few distinct
 * values (categories, flags, small integers, dates) cost no allocation per row and their strings keep their cached
 * hash codes. A column whose values rarely repeat turns its cache off after a trial, so it costs nothing then.
 */
final class FieldCache {
    static final int MAX_LENGTH = 24;

    private static final int SLOTS = 1024;
    private static final int TRIAL = 4096;

    private final byte[][] keys = new byte[SLOTS][];
    private final String[] values = new String[SLOTS];
    private int lookups;
    private int hits;
    private boolean off;

    /**
     * Returns the string of some ASCII bytes, from the cache when they were seen before.
     *
     * @return the string
     */
    String get(final byte[] bytes, final int offset, final int length) {
        if (off) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        int hash = 0x811C9DC5;
        for (int i = offset; i < offset + length; i++) {
            hash = (hash ^ bytes[i]) * 0x01000193;
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        byte[] key = keys[slot];
        lookups++;
        if (key != null && Arrays.equals(key, 0, key.length, bytes, offset, offset + length)) {
            hits++;
            return values[slot];
        }
        String value = new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        keys[slot] = Arrays.copyOfRange(bytes, offset, offset + length);
        values[slot] = value;
        if (lookups == TRIAL && hits < TRIAL / 2) {
            off = true;
            Arrays.fill(keys, null);
            Arrays.fill(values, null);
        }
        return value;
    }
}
