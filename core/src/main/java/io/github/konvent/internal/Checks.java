package io.github.konvent.internal;

import io.github.konvent.ModelException;
import io.github.konvent.spi.ReadLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
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
            if (!isScheme(e.getKey())) {
                throw new ModelException(field, "the scheme '" + e.getKey() + "'",
                        "a scheme of lower-case words joined by dots, e.g. c3voc.guid");
            }
            String v = e.getValue();
            if (v.isEmpty() || v.length() > 1024 || hasControl(v)) {
                throw new ModelException(field + "." + e.getKey(), v.length() > 1024 ? v.length() + " characters" : "'" + v + "'",
                        "1 to 1,024 characters without control characters");
            }
        }
    }

    /** Schemes already found well-formed (a handful in practice), so that the pattern runs once for each. */
    private static final Set<String> KNOWN_SCHEMES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static boolean isScheme(String scheme) {
        if (KNOWN_SCHEMES.contains(scheme)) {
            return true;
        }
        if (!SCHEME.matcher(scheme).matches()) {
            return false;
        }
        if (KNOWN_SCHEMES.size() < 256) {
            KNOWN_SCHEMES.add(scheme);
        }
        return true;
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds the first character that text in the model may not hold: a control character other
     * than tab, line feed and carriage return (U+0000–U+001F, U+007F–U+009F), a noncharacter
     * U+FFFE or U+FFFF, or half of a surrogate pair.
     *
     * @param s the text
     * @return its index, or -1 when the text is clean
     */
    public static int forbiddenChar(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF) {
                return i;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks text of the model; the message names the character and its position, never the
     * text (which may be private, like an e-mail address).
     *
     * @param field the field's name
     * @param value the text
     * @throws ModelException when the text holds a forbidden character
     */
    public static void text(String field, String value) {
        int i = forbiddenChar(value);
        if (i >= 0) {
            throw new ModelException(field, String.format(java.util.Locale.ROOT, "the character U+%04X at position %d", (int) value.charAt(i), i + 1),
                    "text without control characters (other than tab and line breaks), noncharacters or lone surrogates");
        }
    }

    /**
     * Checks every text of a value: pairs of a field name and a {@code String}, an {@code
     * Optional<String>}, a {@code Collection<String>} or a {@code Map<String, String>} (whose
     * keys and values are checked).
     *
     * @param owner the value's name, e.g. {@code "Event e1"}
     * @param namesAndValues field name, value, field name, value…
     * @throws ModelException naming the first field with a forbidden character
     */
    public static void texts(String owner, Object... namesAndValues) {
        for (int k = 0; k + 1 < namesAndValues.length; k += 2) {
            Object v = namesAndValues[k + 1];
            // the field's name is only made for a message
            if (v instanceof String s) {
                if (forbiddenChar(s) >= 0) {
                    text(owner + " " + namesAndValues[k], s);
                }
            } else if (v instanceof Optional<?> o) {
                if (o.isPresent() && o.get() instanceof String s && forbiddenChar(s) >= 0) {
                    text(owner + " " + namesAndValues[k], s);
                }
            } else if (v instanceof Collection<?> c) {
                for (Object o : c) {
                    if (o instanceof String s && forbiddenChar(s) >= 0) {
                        text(owner + " " + namesAndValues[k], s);
                    }
                }
            } else if (v instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (e.getKey() instanceof String s && forbiddenChar(s) >= 0) {
                        text(owner + " " + namesAndValues[k], s);
                    }
                    if (e.getValue() instanceof String s && forbiddenChar(s) >= 0) {
                        text(owner + " " + namesAndValues[k], s);
                    }
                }
            }
        }
    }

    /**
     * @param field the field's name
     * @param year a year
     * @throws ModelException when the year is outside {@link ReadLimits#MIN_YEAR} to {@link ReadLimits#MAX_YEAR}
     */
    public static void year(String field, int year) {
        if (year < ReadLimits.MIN_YEAR || year > ReadLimits.MAX_YEAR) {
            throw new ModelException(field, String.valueOf(year),
                    "a year from " + ReadLimits.MIN_YEAR + " to " + ReadLimits.MAX_YEAR);
        }
    }

    /**
     * @param field the field's name
     * @param date a date, or empty
     * @throws ModelException when its year is out of range
     */
    public static void date(String field, Optional<LocalDate> date) {
        if (date.isPresent()) {
            date(field, date.get());
        }
    }

    /**
     * @param field the field's name
     * @param date a date
     * @throws ModelException when its year is out of range
     */
    public static void date(String field, LocalDate date) {
        int y = date.getYear();
        if (y < ReadLimits.MIN_YEAR || y > ReadLimits.MAX_YEAR) {
            throw new ModelException(field, date.toString(),
                    "a date in the years " + ReadLimits.MIN_YEAR + " to " + ReadLimits.MAX_YEAR);
        }
    }

    /**
     * @param field the field's name
     * @param dateTime a date-time
     * @throws ModelException when its year is out of range
     */
    public static void dateTime(String field, LocalDateTime dateTime) {
        int y = dateTime.getYear();
        if (y < ReadLimits.MIN_YEAR || y > ReadLimits.MAX_YEAR) {
            throw new ModelException(field, dateTime.toString(),
                    "a date-time in the years " + ReadLimits.MIN_YEAR + " to " + ReadLimits.MAX_YEAR);
        }
    }

    /**
     * @param field the field's name
     * @param value a number
     * @param max the largest allowed value
     * @throws ModelException when the value is above {@code max}
     */
    public static void atMost(String field, long value, long max) {
        if (value > max) {
            throw new ModelException(field, String.valueOf(value), String.format(java.util.Locale.ROOT,
                    "a number of at most %,d", max));
        }
    }

    /**
     * @param field the field's name
     * @param amount an amount of money
     * @throws ModelException when it is negative, above {@link ReadLimits#MAX_AMOUNT} or has more
     *     than {@link ReadLimits#MAX_AMOUNT_DECIMALS} decimals
     */
    public static void amount(String field, BigDecimal amount) {
        // compareTo and stripTrailingZeros stay cheap for 1e999999999; toPlainString would not
        if (amount.signum() < 0 || amount.compareTo(ReadLimits.MAX_AMOUNT) > 0
                || amount.precision() > 40 || amount.stripTrailingZeros().scale() > ReadLimits.MAX_AMOUNT_DECIMALS) {
            String shown = amount.precision() <= 40 && Math.abs((long) amount.scale()) <= 40
                    ? amount.toPlainString() : amount.toString();
            throw new ModelException(field, shown.length() > 60 ? shown.substring(0, 60) + "…" : shown,
                    "an amount from 0 to 1,000,000,000 with at most " + ReadLimits.MAX_AMOUNT_DECIMALS + " decimals");
        }
    }
}
