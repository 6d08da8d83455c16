package io.github.konvent.internal;

import io.github.konvent.ModelException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Function;

/** Invariant checks used by the value types; each failure names the field and the value. */
public final class Checks {
    private Checks() {}

    /**
     * @param field the field's name, e.g. {@code "Event.title"}
     * @param value the value to check
     * @throws ModelException when the value is blank
     */
    public static void notBlank(String field, String value) {
        if (value.isBlank()) {
            throw new ModelException(field, "'" + value + "'", "a non-blank text");
        }
    }

    /**
     * @param field the field's name
     * @param value the value to check
     * @param min the smallest allowed value
     * @throws ModelException when the value is below {@code min}
     */
    public static void atLeast(String field, long value, long min) {
        if (value < min) {
            throw new ModelException(field, String.valueOf(value), "a number of at least " + min);
        }
    }

    /**
     * @param field the collection's name
     * @param items the items
     * @param key what makes an item unique
     * @param <T> the item type
     * @param <K> the key type
     * @throws ModelException naming the first duplicate key
     */
    public static <T, K> void unique(String field, Collection<T> items, Function<T, K> key) {
        Set<K> seen = new HashSet<>();
        for (T item : items) {
            K k = key.apply(item);
            if (!seen.add(k)) {
                throw new ModelException(field, "the id '" + k + "' twice", "each id once");
            }
        }
    }

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9-]{0,31}(\\.[a-z][a-z0-9-]{0,31}){0,3}");

    /**
     * Checks the identifiers that other systems gave a thing ({@code c3voc.guid}, {@code ical.uid}):
     * schemes are lower-case dotted words, values are 1 to 1,024 characters without control
     * characters.
     *
     * @param field the map's name
     * @param ids the identifiers by scheme
     * @throws ModelException naming the first bad scheme or value
     */
    public static void externalIds(String field, Map<String, String> ids) {
        for (Map.Entry<String, String> e : ids.entrySet()) {
            if (!SCHEME.matcher(e.getKey()).matches()) {
                throw new ModelException(field, "the scheme '" + e.getKey() + "'",
                        "a scheme of lower-case words joined by dots, e.g. c3voc.guid");
            }
            String v = e.getValue();
            if (v.isEmpty() || v.length() > 1024 || v.chars().anyMatch(Character::isISOControl)) {
                throw new ModelException(field + "." + e.getKey(), v.length() > 1024 ? v.length() + " characters" : "'" + v + "'",
                        "1 to 1,024 characters without control characters");
            }
        }
    }
}
