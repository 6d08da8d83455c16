package io.github.konvent.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Compiled regular expressions, cached: the parser runs its patterns on every line. Thread-safe. */
final class Rx {
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private Rx() {}

    static Pattern p(String regex) {
        return CACHE.computeIfAbsent(regex, Pattern::compile);
    }

    static Pattern p(String regex, int flags) {
        return CACHE.computeIfAbsent(flags + "/" + regex, k -> Pattern.compile(regex, flags));
    }

    static boolean matches(String s, String regex) {
        return p(regex).matcher(s).matches();
    }

    static String replaceAll(String s, String regex, String replacement) {
        return p(regex).matcher(s).replaceAll(replacement);
    }

    static String replaceFirst(String s, String regex, String replacement) {
        return p(regex).matcher(s).replaceFirst(replacement);
    }

    static String[] split(String s, String regex) {
        return p(regex).split(s);
    }
}
