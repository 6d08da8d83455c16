package io.github.konvent.id;

/**
 * A typed identifier of a catalog entity. Every id is a non-blank string of 1 to 128
 * characters drawn from the URI "unreserved" set of RFC 3986 ({@code A-Z a-z 0-9 . _ ~ -}),
 * starting with a letter or digit, so that it survives unchanged in JSON, iCalendar UIDs,
 * URLs and SQL keys.
 */
public interface Id {
    /** @return the id's text, exactly as given */
    String value();

    /** @return the entity kind this id names, e.g. {@code "event"} */
    String kind();
}
