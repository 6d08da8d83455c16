package io.github.konvent;

/**
 * Input a reader could not accept: malformed JSON, a bad iCalendar line, a time like "25:00".
 * The location is format specific (a JSON pointer such as {@code /events/2/programme/5/start},
 * {@code line 17 (DTSTART)}); nothing is returned for such input, never a partial catalog.
 */
public class InputException extends KonventException {
    private static final long serialVersionUID = 1L;

    private final String found;
    private final String expected;

    /**
     * @param location where in the input
     * @param found what was there (shortened by the caller where long)
     * @param expected what would have been valid
     * @param cause the underlying failure, or null
     */
    public InputException(String location, String found, String expected, Throwable cause) {
        super(location + ": found " + found + ", expected " + expected, location, cause);
        this.found = found;
        this.expected = expected;
    }

    /** @return what was found at the location */
    public String found() {
        return found;
    }

    /** @return what was expected at the location */
    public String expected() {
        return expected;
    }
}
