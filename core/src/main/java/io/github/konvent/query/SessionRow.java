package io.github.konvent.query;

import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A session found by a {@link SessionQuery}, with the event it belongs to. Immutable.
 *
 * @param event the event whose programme holds the session
 * @param session the session
 */
public record SessionRow(Event event, Session session) {
    /** @return the session's date, where the event's dates are known */
    public Optional<LocalDate> date() {
        return event.date(session.day());
    }
}
