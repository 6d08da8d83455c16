package io.github.konvent.ical;

import io.github.konvent.InputException;

/** Builds the {@link InputException}s of the importer. */
final class Errors {
    private Errors() {}

    static InputException input(String where, String found, String expected) {
        return new InputException(where, found, expected, null);
    }

    static InputException input(String where, String found, String expected, Throwable cause) {
        return new InputException(where, found, expected, cause);
    }
}
