package io.github.konvent.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Dense indexes 0, 1, 2 … for distinct keys (ids), in order of first appearance: an open-addressing
 * table of cached hash codes and int values, so that a lookup allocates nothing and compares keys
 * only when their hash codes match.
 */
final class IdIndex<K> {
    private Object[] keys;
    private int[] hashes;
    private int[] values;
    private int mask;
    final List<K> byIndex = new ArrayList<>();

    IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new Object[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    /** @return the index of the key, giving it the next one if it is new */
    int indexOf(K key) {
        int h = mix(key.hashCode());
        int slot = h & mask;
        while (true) {
            Object k = keys[slot];
            if (k == null) {
                break;
            }
            if (hashes[slot] == h && (k == key || k.equals(key))) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        int index = byIndex.size();
        byIndex.add(key);
        keys[slot] = key;
        hashes[slot] = h;
        values[slot] = index;
        if (byIndex.size() * 2 > keys.length) {
            grow();
        }
        return index;
    }

    private void grow() {
        Object[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldValues = values;
        keys = new Object[oldKeys.length * 2];
        hashes = new int[keys.length];
        values = new int[keys.length];
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
