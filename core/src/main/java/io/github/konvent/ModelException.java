package io.github.konvent;

/**
 * A value that breaks an invariant of the model, thrown when it is constructed: a blank title,
 * an end before its start, a consortium with two leads. The message names the field, the value
 * found and what was expected.
 */
public class ModelException extends KonventException {
    private static final long serialVersionUID = 1L;

    /**
     * @param field the field (or path) that is wrong, e.g. {@code "Session.end"}
     * @param found the offending value as text
     * @param expected what would have been valid
     */
    public ModelException(String field, String found, String expected) {
        super(field + ": found " + found + ", expected " + expected, field, null);
    }
}
