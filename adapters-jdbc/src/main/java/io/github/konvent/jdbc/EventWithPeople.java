package io.github.konvent.jdbc;

import io.github.konvent.event.Event;
import io.github.konvent.people.Person;
import java.util.List;
import java.util.Objects;

/**
 * An event with its programme and the people it names (contributors, event-wide ones included, and
 * contact), as loaded by {@link JdbcCatalogStore#loadEventWithPeople} in a fixed number of statements.
 *
 * @param event the event
 * @param people the people contributing to its sessions or to the whole event, or named as its
 *     contact, in catalog order
 */
public record EventWithPeople(Event event, List<Person> people) {
    /** Checks and copies the parts. */
    public EventWithPeople {
        Objects.requireNonNull(event, "event");
        people = List.copyOf(people);
    }
}
