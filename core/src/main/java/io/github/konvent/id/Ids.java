package io.github.konvent.id;

import io.github.konvent.ModelException;
import java.util.regex.Pattern;

/** Validation shared by all typed ids. */
final class Ids {
    static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,127}");

    private Ids() {}

    static String check(String kind, String value) {
        if (value == null) {
            throw new ModelException(kind + " id", "null", "a non-blank id");
        }
        if (!PATTERN.matcher(value).matches()) {
            throw new ModelException(
                    kind + " id",
                    "'" + value + "'",
                    "1 to 128 characters of A-Z a-z 0-9 . _ ~ -, starting with a letter or digit");
        }
        return value;
    }
}
