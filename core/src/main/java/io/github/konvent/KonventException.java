package io.github.konvent;

import java.util.Optional;

/**
 * The root of every exception Konvent throws on purpose. Its message names where the problem
 * is (a field, a JSON pointer, an iCalendar line, a database entity), what was found and what
 * was expected. Unchecked, like {@link IllegalArgumentException}.
 */
public class KonventException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String location;

    /** @param message the full message */
    public KonventException(String message) {
        this(message, "", null);
    }

    /**
     * @param message the full message
     * @param cause the underlying failure
     */
    public KonventException(String message, Throwable cause) {
        this(message, "", cause);
    }

    /**
     * @param message the full message
     * @param location where the problem is (empty when unknown)
     * @param cause the underlying failure, or null
     */
    protected KonventException(String message, String location, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    /** @return where the problem is, if known (a field, JSON pointer, line, entity id) */
    public Optional<String> location() {
        return location.isEmpty() ? Optional.empty() : Optional.of(location);
    }
}
