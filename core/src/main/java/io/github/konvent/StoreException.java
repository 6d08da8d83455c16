package io.github.konvent;

/** A store (database) failed; the operation was rolled back. The cause carries the detail. */
public class StoreException extends KonventException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was being done, and on which entity
     * @param cause the underlying failure
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
