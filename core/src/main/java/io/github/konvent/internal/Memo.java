package io.github.konvent.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values derived from one immutable object and kept with it, such as the scheduling rules'
 * columnar view of a {@link io.github.konvent.Catalog}: computed on first use, then shared.
 * Thread-safe. Not part of Konvent's API: only Konvent's own packages put values here, each under
 * a key of its own.
 */
public final class Memo {
    private final ConcurrentHashMap<Object, Object> values = new ConcurrentHashMap<>(4);

    /** Creates an empty memo. */
    public Memo() {}

    /**
     * @param key the key of a value; keys are compared with {@code equals}
     * @param type the value's type
     * @param compute computes the value if there is none yet (at most once per key)
     * @param <T> the value's type
     * @return the value kept under that key
     */
    public <T> T get(Object key, Class<T> type, Function<Object, ? extends T> compute) {
        Object v = values.get(key);
        if (v == null) {
            v = values.computeIfAbsent(key, compute);
        }
        return type.cast(v);
    }

    /**
     * @param key the key of a value
     * @param type the value's type
     * @param <T> the value's type
     * @return the value kept under that key, or null if there is none
     */
    public <T> T find(Object key, Class<T> type) {
        return type.cast(values.get(key));
    }

    /**
     * Keeps a value unless one is kept already.
     *
     * @param key the key
     * @param value the value
     */
    public void offer(Object key, Object value) {
        values.putIfAbsent(key, value);
    }
}
