package io.github.konvent.id;

import io.github.konvent.ModelException;

/** Validation shared by all typed ids. */
final class Ids {
    private Ids() {}

    /** {@code [A-Za-z0-9][A-Za-z0-9._~-]{0,127}}, without a regex: ids are checked millions of times. */
    static boolean valid(String value) {
        int n = value.length();
        if (n == 0 || n > 128) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '~' && c != '-'))) {
                return false;
            }
        }
        return true;
    }

    static String check(String kind, String value) {
        if (value == null) {
            throw new ModelException(kind + " id", "null", "a non-blank id");
        }
        if (!valid(value)) {
            throw new ModelException(
                    kind + " id",
                    "'" + value + "'",
                    "1 to 128 characters of A-Z a-z 0-9 . _ ~ -, starting with a letter or digit");
        }
        return value;
    }
}
