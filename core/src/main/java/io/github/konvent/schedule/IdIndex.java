package io.github.konvent.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Dense indexes 0, 1, 2 … for distinct keys (ids), in order of first appearance: an open-addressing
 * table whose slots pack a key's hash code and index into one {@code long}, so that a lookup
 * allocates nothing and compares keys only when their hash codes match.
 */
final class IdIndex<K> {
    /** Per slot: hash code in the high 32 bits, index + 1 in the low 32 bits; 0 for an empty slot. */
    private long[] slots;
    private Object[] keys;
    private int mask;
    final List<K> byIndex = new ArrayList<>();

    IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        slots = new long[capacity];
        keys = new Object[capacity];
        mask = capacity - 1;
    }

    /** @return the index of the key, giving it the next one if it is new */
    int indexOf(K key) {
        int h = mix(key.hashCode());
        int slot = h & mask;
        while (true) {
            long packed = slots[slot];
            if (packed == 0) {
                break;
            }
            if ((int) (packed >>> 32) == h) {
                Object k = keys[slot];
                if (k == key || k.equals(key)) {
                    return (int) packed - 1;
                }
            }
            slot = (slot + 1) & mask;
        }
        int index = byIndex.size();
        byIndex.add(key);
        slots[slot] = ((long) h << 32) | (index + 1L);
        keys[slot] = key;
        if (byIndex.size() * 2 > slots.length) {
            grow();
        }
        return index;
    }

    /** @return the index of the key, or -1 if it has none */
    int find(K key) {
        int h = mix(key.hashCode());
        int slot = h & mask;
        while (true) {
            long packed = slots[slot];
            if (packed == 0) {
                return -1;
            }
            if ((int) (packed >>> 32) == h) {
                Object k = keys[slot];
                if (k == key || k.equals(key)) {
                    return (int) packed - 1;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        long[] oldSlots = slots;
        Object[] oldKeys = keys;
        slots = new long[oldSlots.length * 2];
        keys = new Object[slots.length];
        mask = slots.length - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                int slot = (int) (oldSlots[i] >>> 32) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = oldSlots[i];
                keys[slot] = oldKeys[i];
            }
        }
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
