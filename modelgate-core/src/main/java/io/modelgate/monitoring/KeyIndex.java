package io.modelgate.monitoring;

import java.util.Arrays;

/**
 * Numbers distinct string keys 0, 1, 2, ... in the order first seen, with open addressing (linear probing) over one
 * pair of int arrays (slot to number, slot to hash): about 20 bytes per key besides the key strings themselves,
 * where a {@code HashMap<String, Integer>} needs about 50.
 */
final class KeyIndex {
    private String[] keys = new String[16];
    private int[] slots = filled(32);
    private int[] hashes = new int[32];
    private int size;

    /**
     * Finds a key's number.
     *
     * @param key the key
     * @return its number, or −1 when it was never added
     */
    int find(final String key) {
        int mask = slots.length - 1;
        int hash = spread(key.hashCode());
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int index = slots[slot];
            if (index < 0) {
                return -1;
            }
            if (hashes[slot] == hash && keys[index].equals(key)) {
                return index;
            }
        }
    }

    /**
     * Adds a key unless present.
     *
     * @param key the key
     * @return its number, and {@code −number − 1} when it was already present
     */
    int add(final String key) {
        int existing = find(key);
        if (existing >= 0) {
            return -existing - 1;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        if (2 * (size + 1) > slots.length) {
            rehash();
        }
        keys[size] = key;
        insert(size);
        return size++;
    }

    int size() {
        return size;
    }

    String key(final int index) {
        return keys[index];
    }

    private void insert(final int index) {
        int mask = slots.length - 1;
        int hash = spread(keys[index].hashCode());
        int slot = hash & mask;
        while (slots[slot] >= 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = index;
        hashes[slot] = hash;
    }

    private void rehash() {
        slots = filled(slots.length * 2);
        hashes = new int[slots.length];
        for (int i = 0; i < size; i++) {
            insert(i);
        }
    }

    private static int spread(final int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static int[] filled(final int length) {
        int[] array = new int[length];
        Arrays.fill(array, -1);
        return array;
    }
}
